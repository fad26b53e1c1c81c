import {describe, expect, it} from "vitest";
import {bytesChunks} from "../../../../src/lib/extract/csv/chunks.js";
import {readCsv, type CsvRecord, type RawRecord} from "../../../../src/lib/extract/csv/read-csv.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A file with clean records and every kind the fast path must not be offered (quotes, stray quotes, NUL, non-ASCII, invalid UTF-8). */
function sample(): Uint8Array {
  const parts: Uint8Array[] = [encode("id,name,n\n")];
  for (let i = 0; i < 3000; i++) {
    const kind = i % 7;
    if (kind === 1) parts.push(encode(`r${i},"quoted, with comma",${i}\n`));
    else if (kind === 2) parts.push(encode(`r${i},Åre,${i}\r\n`));
    else if (kind === 3) parts.push(encode(`r${i},a"b,${i}\n`));
    else if (kind === 4) parts.push(Uint8Array.from([...encode(`r${i},x`), 0, ...encode(`,${i}\n`)]));
    else if (kind === 5) parts.push(Uint8Array.from([...encode(`r${i},caf`), 0xe9, ...encode(`,${i}\n`)]));
    else if (kind === 6) parts.push(encode(`r${i},short\n`));
    else parts.push(encode(`r${i},plain,${i}\n`));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe("CsvReader.forEach(fast, visit)", () => {
  it("hands every record over once, in file order, clean ones to fast first, and reports exactly what batches reports", async () => {
    const file = sample();
    const viaBatches = await readCsv(bytesChunks(file, 4096), {file: "x.csv"});
    const expected: {line: number; fields: string[]; ok: boolean}[] = [];
    for await (const batch of viaBatches.batches) for (const r of batch) expected.push({line: r.line, fields: r.fields, ok: r.ok});
    const expectedReport = await viaBatches.report;

    const viaForEach = await readCsv(bytesChunks(file, 4096), {file: "x.csv"});
    const seen: {line: number; fields: string[]; ok: boolean; fast: boolean}[] = [];
    const decoder = new TextDecoder();
    const fast = (raw: RawRecord): boolean => {
      // Takes the ASCII records with an even line number; leaves the rest to visit.
      const bytes = raw.buffer.subarray(0, raw.length);
      expect(bytes).toEqual(raw.bytes);
      if (raw.line % 2 === 1 || bytes.some((b) => b >= 0x80)) return false;
      seen.push({line: raw.line, fields: decoder.decode(bytes).split("\0"), ok: true, fast: true});
      return true;
    };
    const visit = (r: CsvRecord): void => void seen.push({line: r.line, fields: r.fields, ok: r.ok, fast: false});
    await viaForEach.forEach(fast, visit);
    expect(seen.map(({line, fields, ok}) => ({line, fields, ok}))).toEqual(expected);
    expect(await viaForEach.report).toEqual(expectedReport);

    // Only records the tokenizer found clean were offered (a well-formed quoted field is clean: its bytes
    // are the field's text); no stray-quote or NUL record went the fast way.
    const fastLines = new Set(seen.filter((s) => s.fast).map((s) => s.line));
    expect(fastLines.size).toBeGreaterThan(500);
    for (const s of seen) if (fastLines.has(s.line)) expect(s.fields[1]).toMatch(/^(plain|short|quoted, with comma)$/);
    expect(expectedReport.fieldCountMismatches).toBeGreaterThan(0);
  });
});

describe("readCsv: the encoding verdict does not depend on the chunk size", () => {
  it("judges the first sniffBytes even when the first chunk is larger (a later Windows-1252 letter is found by the whole-stream evidence)", async () => {
    const head = encode("id,name\n" + "r,plain\n".repeat(10_000)); // 80 KB of ASCII
    const file = new Uint8Array(head.length + 4);
    file.set(head);
    file.set([0x72, 0x2c, 0xe4, 0x0a], head.length); // r,ä in Windows-1252
    const verdicts: string[] = [];
    for (const size of [4096, 65536, 1 << 20]) {
      const csv = await readCsv(bytesChunks(file, size), {file: "x.csv", sniffBytes: 65536});
      for await (const batch of csv.batches) void batch;
      const report = await csv.report;
      verdicts.push(`${csv.encoding.encoding} ${report.invalidUtf8Records}`);
    }
    expect(verdicts).toEqual(["utf-8 1", "utf-8 1", "utf-8 1"]);
  });
});

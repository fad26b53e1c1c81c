import {describe, expect, it} from "vitest";
import {readCsv} from "../../../../src/lib/extract/csv/read-csv.js";
import {encoder} from "./helpers.js";

const HEADER = "decision_id;case_id;operation_id;operation_type;case_type;national_area;department;decision_maker;decision_date;decision_type;deficiencies\r\n";

/** One line of exactly the same length for every i < 1e6. */
function line(i: number): string {
  const id = String(i).padStart(6, "0");
  return `D${id};C${id};op_7f3a9c;förskola;regular;;Östra;dm_12ab;2023-05-17;"criticism; with ""quotes""";yes\r\n`;
}

/**
 * A CSV of `blocks` repetitions of a block of 1,000 lines, generated on the fly in chunks of 64 KiB
 * that do not fall on line boundaries (nothing on disk, nothing kept).
 */
async function* generated(blocks: number): AsyncGenerator<Uint8Array> {
  yield encoder.encode(HEADER);
  const block = encoder.encode(Array.from({length: 1000}, (_, i) => line(i)).join(""));
  const twice = new Uint8Array(block.length * 2);
  twice.set(block, 0);
  twice.set(block, block.length);
  const total = blocks * block.length;
  for (let at = 0; at < total; ) {
    const size = Math.min(65536, total - at);
    const from = at % block.length;
    // A copy, as a file stream gives fresh buffers: the reader must not keep them.
    yield twice.slice(from, from + size);
    at += size;
  }
}

describe("readCsv: large input", () => {
  it("readCsv: streams a generated ~200 MB file in 64 KiB chunks with bounded memory and counts every record", async () => {
    const lineBytes = encoder.encode(line(0)).length;
    const blocks = Math.ceil((200 * 1024 * 1024) / (1000 * lineBytes));
    const expectedRecords = blocks * 1000;
    const csv = await readCsv(generated(blocks), {file: "big.csv"});
    const memory = (): number => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers; // chunks live in array buffers, outside the JS heap
    };
    const baseline = memory();
    let peak = 0;
    let count = 0;
    let lastLine = 0;
    let sample: string[] = [];
    for await (const record of csv.records) {
      count++;
      lastLine = record.line;
      if (count === 12_345) sample = record.fields;
      if ((count & 0x3fff) === 0) peak = Math.max(peak, memory() - baseline);
    }
    const report = await csv.report;
    expect(count).toBe(expectedRecords);
    expect(lastLine).toBe(expectedRecords + 1);
    expect(sample).toEqual(["D000344", "C000344", "op_7f3a9c", "förskola", "regular", "", "Östra", "dm_12ab", "2023-05-17", 'criticism; with "quotes"', "yes"]);
    expect(report).toMatchObject({records: expectedRecords, problemRecords: 0, fieldCountMismatches: 0, complete: true, lineEndings: {crlf: expectedRecords + 1, lf: 0, cr: 0}});
    expect(report.bytes).toBeGreaterThan(200 * 1024 * 1024);
    // Holding the records (or the chunks) would take far more than the file's 200 MB; what
    // is allowed here is garbage not yet collected.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
    // This test is about memory and counts, not speed (the bench times reading): on a loaded 2-core machine 200 MB can
    // take well over the default 20 s, so it gets its own bound.
  }, 120_000);
});

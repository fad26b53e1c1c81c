import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {CHUNK_BYTES, fileChunks} from "../../../../loaders/extract/read-file.js";
import {readCsv} from "../../../../src/lib/extract/csv/read-csv.js";
import {ExtractError} from "../../../../src/lib/extract/problem.js";

const dir = mkdtempSync(join(tmpdir(), "lika-read-file-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("fileChunks", () => {
  it("fileChunks: yields the file's bytes as plain Uint8Array chunks of at most CHUNK_BYTES", async () => {
    const path = join(dir, "big.csv");
    const content = Buffer.from("a;b\n" + "1;Öst\n".repeat(50_000));
    writeFileSync(path, content);
    const sizes: number[] = [];
    const parts: Uint8Array[] = [];
    for await (const chunk of fileChunks(path)) {
      expect(chunk.constructor).toBe(Uint8Array);
      sizes.push(chunk.length);
      parts.push(chunk);
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Buffer.concat(parts).equals(content)).toBe(true);
  });

  it("fileChunks + readCsv: reads a file on disk and reports its encoding, delimiter and records", async () => {
    const path = join(dir, "decisions.csv");
    writeFileSync(path, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from("id;ort\r\n1;Öst\r\n2;Åre\r\n")]));
    const csv = await readCsv(fileChunks(path), {file: "decisions.csv"});
    const records = [];
    for await (const r of csv.records) records.push([r.line, r.fields]);
    expect(records).toEqual([
      [2, ["1", "Öst"]],
      [3, ["2", "Åre"]]
    ]);
    expect(await csv.report).toMatchObject({encoding: {bom: true}, delimiter: {name: "semicolon"}, records: 2});
  });

  it("fileChunks + readCsv: a missing file is an ExtractError naming the file, not a raw ENOENT", async () => {
    const promise = readCsv(fileChunks(join(dir, "missing.csv")), {file: "missing.csv"});
    await expect(promise).rejects.toBeInstanceOf(ExtractError);
    await expect(promise).rejects.toThrow(/^missing\.csv: could not read the file: it does not exist \(any more\)$/);
  });

  it("fileChunks + readCsv: a directory instead of a file is an ExtractError too", async () => {
    await expect(readCsv(fileChunks(dir), {file: "decisions.csv"})).rejects.toThrow(/^decisions\.csv: could not read the file: it is a folder, not a regular file$/);
  });
});

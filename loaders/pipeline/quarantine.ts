/**
 * Writes the rows set aside to `<dir>/<extract>.quarantine.csv`: columns line, code, column, reason,
 * value (quoted at most 200 characters), then the row's original fields whole, every value masked
 * (personal identity numbers as [personnummer], clear ids pseudonymised or withheld). A row with several problems has one line per problem.
 * Written by the one CSV writer (`csvLines`), so a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return reaches the auditor's spreadsheet as text (`'=…`), never as a formula.
 * The rows are re-read from the extract, so the loader never keeps raw rows in memory.
 */
import {createWriteStream} from "node:fs";
import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {once} from "node:events";
import {readCsv} from "../../src/lib/extract/csv/read-csv.js";
import {ExtractError} from "../../src/lib/extract/problem.js";
import {csvLines} from "../../src/lib/format/csv.js";
import {maskPersonalIdentityNumbers} from "../../src/lib/privacy/personal-identity-number.js";
import {fileChunks} from "../extract/read-file.js";
import {fileErrorPhrase} from "../extract/regular-file.js";
import type {QuarantineLedger} from "./load-extracts.js";

/** The columns that precede the row's own fields in a quarantine file. */
export const QUARANTINE_COLUMNS = ["line", "code", "column", "reason", "value"] as const;

export interface QuarantineFile {
  extract: string;
  /** File name inside the quarantine folder. */
  file: string;
  /** Rows set aside written (a row with several problems counts once). */
  rows: number;
  /** Lines written below the header (one per problem). */
  lines: number;
}

/** The name of the quarantine file of an extract: decisions → decisions.quarantine.csv. */
export function quarantineFileName(extract: string): string {
  return `${extract}.quarantine.csv`;
}

async function writeOne(ledger: QuarantineLedger, outDir: string): Promise<QuarantineFile> {
  const file = quarantineFileName(ledger.extract);
  const out = createWriteStream(join(outDir, file), {encoding: "utf8"});
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, "drain");
  };
  let rows = 0;
  let lines = 0;
  try {
    await write("\uFEFF" + csvLines([[...QUARANTINE_COLUMNS, ...ledger.header.map(maskPersonalIdentityNumbers)]]));
    if (ledger.setAside.size > 0) {
      const csv = await readCsv(fileChunks(ledger.path), {file: ledger.file, encoding: ledger.encoding, literalQuoteLines: ledger.literalQuoteLines});
      let batch: string[][] = [];
      for await (const record of csv.records) {
        const problems = ledger.setAside.get(record.line);
        if (problems === undefined) continue;
        const fields = record.fields.map((raw, i) => ledger.display(ledger.columnOf(i), raw));
        for (const p of problems) batch.push([String(p.line), p.code ?? "", p.column ?? "", maskPersonalIdentityNumbers(p.reason), p.value ?? "", ...fields]);
        rows++;
        lines += problems.length;
        if (batch.length >= 1000) {
          await write(csvLines(batch));
          batch = [];
        }
      }
      await write(csvLines(batch));
    }
  } finally {
    out.end();
    await once(out, "close");
  }
  if (rows !== ledger.setAside.size) {
    throw new ExtractError(`${ledger.file}: the file changed while it was read; run the check again (${rows} of ${ledger.setAside.size} rows set aside found again)`);
  }
  return {extract: ledger.extract, file, rows, lines};
}

/**
 * Writes one quarantine file per readable extract into `outDir` (created if missing), also when no
 * row was set aside (a header only), so an old file never outlives a fixed extract. Returns what was written.
 */
export async function writeQuarantine(ledgers: readonly QuarantineLedger[], outDir: string): Promise<QuarantineFile[]> {
  try {
    await mkdir(outDir, {recursive: true});
  } catch (e) {
    throw new ExtractError(`the quarantine folder cannot be created: ${fileErrorPhrase(e)}`);
  }
  const written: QuarantineFile[] = [];
  for (const ledger of ledgers) {
    try {
      written.push(await writeOne(ledger, outDir));
    } catch (e) {
      if (e instanceof ExtractError) throw e;
      throw new ExtractError(`${quarantineFileName(ledger.extract)} cannot be written: ${fileErrorPhrase(e)}`);
    }
  }
  return written;
}

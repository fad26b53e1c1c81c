/**
 * `lika check <dir> [--json] [--quarantine DIR]`: reads a folder of extracts the way the build does
 * and reports, per file, how it was read and where every row went. Exit 0 when every file could be
 * read (rows set aside or not), 1 when a file or the folder could not be read, 2 on a usage error.
 */
import {stat} from "node:fs/promises";
import {echo} from "../../src/lib/privacy/echo.js";
import {requireFolder} from "./folder.js";
import type {ExtractReport} from "../../src/lib/extract/report.js";
import {SCHEMAS} from "../../src/lib/extract/schema.js";
import {formatProblem} from "../../src/lib/extract/problem.js";
import {EXTRACT_INFO_FILE} from "../../src/lib/extract/validate/index.js";
import {loadExtracts, type LoadedExtracts} from "../pipeline/load-extracts.js";
import {writeQuarantine, quarantineFileName} from "../pipeline/quarantine.js";
import {parseCommandArgs} from "./parse-args.js";
import {UsageError} from "./usage-error.js";

/** Problems printed per file (the JSON output and the quarantine have more). */
export const PRINTED_PROBLEMS = 10;

/** The help text; the extracts and their required columns come from the schema. */
export function checkHelp(): string {
  const extracts = SCHEMAS.map((s) => {
    const required = s.columns.filter((c) => c.required).map((c) => c.name);
    const optional = s.columns.filter((c) => !c.required).map((c) => c.name);
    return [
      `  ${s.name}.csv${s.optional ? " (optional)" : " (required)"}: ${s.description}`,
      `    required columns: ${required.join(", ")}`,
      ...(optional.length > 0 ? [`    optional columns: ${optional.join(", ")}`] : [])
    ].join("\n");
  });
  return `Usage: lika check <dir> [--json] [--quarantine DIR]

Reads the extracts in <dir> as the build does and reports, per file: encoding (and why), delimiter,
rows read, accepted and set aside (per reason), the reconciliation and the first ${PRINTED_PROBLEMS} problems
with their line numbers. Values that hold a personal identity number are masked everywhere.

Extracts (column names may also be given by their Swedish aliases; see docs/data-dictionary.md):
${extracts.join("\n")}
  ${EXTRACT_INFO_FILE} (optional): {"period": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}, "extracted": "YYYY-MM-DD"};
    rows dated outside the period are set aside.

Options:
  --json            print {"ok", "folder", "files"} as JSON instead of text
  --quarantine DIR  write the rows set aside, masked, to DIR/<extract>.quarantine.csv
  --help            show this help

Exit status: 0 when every file could be read (even with rows set aside), 1 when the folder or a
file could not be read (one plain sentence says why), 2 on a usage error (e.g. --quarantine naming
a file instead of a folder).`;
}

const ENCODING_NAMES: Record<string, string> = {"utf-8": "UTF-8", "windows-1252": "Windows-1252"};
const DELIMITER_NAMES: Record<string, string> = {",": "comma (,)", ";": "semicolon (;)", "\t": "tab"};

/** The text report of one file, as printed by `lika check`. */
export function formatFileReport(r: ExtractReport): string {
  const out = [r.file];
  if (!r.present && r.fatal === null) return `${r.file}\n  not in the folder (optional extract): nothing read`;
  if (r.fatal !== null) out.push(`  COULD NOT BE READ: ${r.fatal}`);
  if (r.encoding !== null) out.push(`  encoding:       ${ENCODING_NAMES[r.encoding] ?? r.encoding}${r.encodingReason ? ` — ${r.encodingReason}` : ""}`);
  if (r.delimiter !== null) out.push(`  delimiter:      ${DELIMITER_NAMES[r.delimiter] ?? r.delimiter}`);
  if (r.present) {
    out.push(`  rows read:      ${r.rowsRead}`, `  accepted:       ${r.rowsAccepted}`, `  set aside:      ${r.rowsQuarantined}`);
    const reasons = Object.entries(r.quarantinedByReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [reason, n] of reasons) out.push(`    ${String(n).padStart(7)}  ${reason}`);
    const balanced = r.rowsRead === r.rowsAccepted + r.rowsQuarantined;
    out.push(`  reconciliation: ${r.rowsRead} read = ${r.rowsAccepted} accepted + ${r.rowsQuarantined} set aside${balanced ? "" : "  (DOES NOT ADD UP)"}`);
  }
  for (const w of r.warnings) out.push(`  warning: ${w}`);
  if (r.problems.length > 0) {
    const total = r.rowsQuarantined;
    out.push(`  first problems${total > 0 ? ` (of ${total} rows set aside)` : ""}:`);
    for (const p of r.problems.slice(0, PRINTED_PROBLEMS)) out.push(`    ${formatProblem(p)}`);
  }
  return out.join("\n");
}

/** The whole text report of `lika check`. */
export function formatCheckReport(folder: string, loaded: LoadedExtracts): string {
  const period = loaded.info ? `period ${loaded.info.period.from} – ${loaded.info.period.to} (${EXTRACT_INFO_FILE})` : `no ${EXTRACT_INFO_FILE}: no period check`;
  const fatal = loaded.reports.filter((r) => r.fatal !== null).length;
  const verdict = fatal > 0 ? `${fatal} file(s) could not be read` : "every file could be read";
  const read = loaded.reports.reduce((n, r) => n + r.rowsRead, 0);
  const accepted = loaded.reports.reduce((n, r) => n + r.rowsAccepted, 0);
  const none = read > 0 && accepted === 0 ? " Every row was set aside: nothing can be used." : "";
  return [`lika check ${echo(folder)}: ${period}`, "", ...loaded.reports.map((r) => formatFileReport(r) + "\n"), `Result: ${verdict}.${none}`].join("\n");
}

export async function checkCommand(args: string[]): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {json: {type: "boolean"}, quarantine: {type: "string"}, help: {type: "boolean", short: "h"}}, true);
  if (values.help) {
    console.log(checkHelp());
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "give the folder of extracts to check" : `give one folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const folder = await requireFolder(positionals[0]!);
  const quarantine = values.quarantine;
  if (quarantine !== undefined) {
    if (quarantine.trim() === "") throw new UsageError("--quarantine needs a folder");
    const kind = await stat(quarantine).then((s) => (s.isDirectory() ? "folder" : "other"), () => "absent");
    if (kind === "other") throw new UsageError(`--quarantine: '${echo(quarantine)}' exists and is not a folder; give a folder (it is created if missing)`);
  }

  const loaded = await loadExtracts(folder);
  const ok = loaded.reports.every((r) => r.fatal === null);
  const written = quarantine === undefined ? [] : await writeQuarantine(loaded.quarantine, quarantine);
  if (values.json) {
    console.log(JSON.stringify({ok, folder: echo(folder), files: loaded.reports}, null, 2));
  } else {
    console.log(formatCheckReport(folder, loaded));
    for (const q of written) console.log(`Quarantine: ${q.rows} row(s) set aside written to ${echo(quarantine!)}/${quarantineFileName(q.extract)}`);
  }
  return ok ? 0 : 1;
}

/** The rows of one extract file as they are read: each accepted (with its line) or set aside (with its problems), and the rules across rows. */
import type {DecisionRow} from "../../src/lib/extract/decision-row.js";
import type {PreparationRow} from "../../src/lib/extract/preparation-row.js";
import type {CsvRecord, RawRecord} from "../../src/lib/extract/csv/read-csv.js";
import {
  createKeyTracker,
  decisionCaseProblems,
  detachString,
  preparationReturnProblems,
  validateRecordBytes,
  validateRow,
  type KeyTracker,
  type RowContext,
  type RowValues,
  type RuleProblem
} from "../../src/lib/extract/validate/index.js";
import {maskPersonalIdentityNumbers} from "../../src/lib/privacy/personal-identity-number.js";

/** Extra rule applied to each row accepted by the row rules (a reference to another file), or none. */
export type RowCheck = (values: RowValues, line: number) => RuleProblem | null;

/**
 * Sorts the records of one file, in file order, through the row rules, the key rule and `check`.
 * Memory: the accepted rows (parsed, never their raw text), their lines, the keys seen and the
 * problems of the rows set aside. `fast` and `visit` are what `CsvReader.forEach` takes.
 */
export class FileRows<T> {
  readonly rows: T[] = [];
  /** Line of each row in `rows` (ascending). */
  readonly lines: number[] = [];
  /** Line → problems of every row set aside. */
  readonly setAside = new Map<number, RuleProblem[]>();
  /** Ids (raw key values, masked) of rows set aside → their line. */
  readonly setAsideKeys = new Map<string, number>();
  /** Case id (as read, masked) → first line of a decision of that case set aside row by row. */
  readonly setAsideCases = new Map<string, number>();
  /** Rows set aside for an id in clear without a key, and the columns such ids were in. */
  clearIdRows = 0;
  readonly clearIdColumns = new Set<string>();
  /** Records seen so far (all of them once the file is read). */
  read = 0;
  readonly keys: KeyTracker;
  private readonly key: string;
  private readonly keyIndex: number | undefined;
  private readonly caseIndex: number | undefined;

  constructor(
    private readonly context: RowContext,
    private readonly check: RowCheck | null
  ) {
    const {schema, file, indexOf} = context;
    this.key = schema.key;
    this.keys = createKeyTracker(file, schema.key);
    this.keyIndex = indexOf.get(schema.key);
    this.caseIndex = schema.name === "decisions" ? indexOf.get("case_id") : undefined;
  }

  /** Sets a row aside, remembering its key and (decisions) its case for the rules across rows. */
  private putAside(line: number, problems: RuleProblem[], key: string, caseId: string): void {
    this.setAside.set(line, problems);
    if (key !== "" && !this.setAsideKeys.has(key)) this.setAsideKeys.set(key, line);
    if (this.caseIndex !== undefined && caseId !== "" && caseId.length <= 64 && !this.setAsideCases.has(caseId)) this.setAsideCases.set(detachString(maskPersonalIdentityNumbers(caseId)), line);
  }

  private caseIdOf(fields: readonly string[]): string {
    return this.caseIndex === undefined ? "" : (fields[this.caseIndex] ?? "").trim();
  }

  /** A clean ASCII record, validated on its bytes (most rows); false sends it down the text path (`visit`). */
  readonly fast = (raw: RawRecord): boolean => {
    const values = validateRecordBytes(this.context, raw.buffer, raw.line, raw.length);
    if (values === null) return false;
    this.read++;
    // No personal identity number can be in it, and the key parsed as an id: the key is the value as read.
    const key = values[this.key] as string;
    const duplicate = this.keys.see(key, raw.line);
    const problem = duplicate ?? this.check?.(values, raw.line) ?? null;
    if (problem !== null) this.putAside(raw.line, [problem], duplicate ? "" : key, this.caseIndex === undefined ? "" : (values.case_id as string));
    else {
      this.rows.push(values as T);
      this.lines.push(raw.line);
    }
    return true;
  };

  /** Any other record, as text: damaged ones set aside with their problem, the rest through the row rules. */
  readonly visit = (record: CsvRecord): void => {
    this.read++;
    const keyIndex = this.keyIndex;
    const rawKey = keyIndex === undefined ? "" : detachString(maskPersonalIdentityNumbers((record.fields[keyIndex] ?? "").trim()));
    if (!record.ok) {
      const code = record.problem.code ?? "unreadable-row";
      const rule = code === "unterminated-quote" ? "unterminated quoted field" : code === "nul-byte" ? "NUL byte in the row" : record.problem.reason;
      this.putAside(record.line, [{...record.problem, rule, code}], rawKey, this.caseIdOf(record.fields));
      return;
    }
    const verdict = validateRow(this.context, record.fields, record.line);
    const parsedKey = verdict.kind === "accepted" ? verdict.values[this.key] : null;
    const duplicate = rawKey === "" ? null : this.keys.see(typeof parsedKey === "string" && parsedKey === rawKey ? parsedKey : rawKey, record.line);
    if (verdict.kind === "set-aside") {
      if (verdict.clearId) {
        this.clearIdRows++;
        for (const p of verdict.problems) if (p.code === "clear-id-without-key" && p.column !== null) this.clearIdColumns.add(p.column);
      }
      this.putAside(record.line, duplicate ? [duplicate, ...verdict.problems] : verdict.problems, duplicate ? "" : rawKey, this.caseIdOf(record.fields));
      return;
    }
    const problem = duplicate ?? this.check?.(verdict.values, record.line) ?? null;
    if (problem !== null) {
      this.putAside(record.line, [problem], duplicate ? "" : rawKey, this.caseIdOf(record.fields));
      return;
    }
    this.rows.push(verdict.values as T);
    this.lines.push(record.line);
  };

  /** The problems of the first row set aside for an id in clear (none when there is no such row). */
  firstClearIdProblems(): RuleProblem[] {
    const setAside = this.setAside;
    return setAside.get(Math.min(...[...setAside].filter(([, ps]) => ps.some((p) => p.code === "clear-id-without-key")).map(([line]) => line))) ?? [];
  }

  /**
   * Applies the rules across rows of this file (decisions: the cases' rungs; preparations: the
   * returns) once every record is read: the rows they break are set aside. Returns the rows that stay,
   * with their lines.
   */
  acrossRows(): {accepted: T[]; lines: number[]} {
    const {schema, file} = this.context;
    const {rows, lines} = this;
    const problemsOf =
      schema.name === "decisions"
        ? decisionCaseProblems(rows as DecisionRow[], lines, file, this.setAsideCases)
        : schema.name === "preparations"
          ? preparationReturnProblems(rows as PreparationRow[], lines, file, this.setAsideKeys)
          : new Map<number, RuleProblem[]>();
    if (problemsOf.size === 0) return {accepted: rows, lines};
    const accepted: T[] = [];
    const acceptedLines: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const problems = problemsOf.get(i);
      if (problems === undefined) {
        accepted.push(row);
        acceptedLines.push(lines[i]!);
      } else this.putAside(lines[i]!, problems, maskPersonalIdentityNumbers(String((row as Record<string, unknown>)[schema.key])), "");
    }
    return {accepted, lines: acceptedLines};
  }
}

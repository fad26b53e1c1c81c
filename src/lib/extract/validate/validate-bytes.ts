/** The byte path of the row validator: the values of a clean ASCII record read straight from the tokenizer's bytes, or null to take the text path. */
import type {FieldValue} from "../parse-field.js";
import type {ColumnPlan} from "./column-plan.js";
import {isAsciiSpace} from "./field-bytes.js";
import type {RowContext, RowValues} from "./row-context.js";
import type {RowJudge} from "./validate-fields.js";

/**
 * The values of a record given as bytes (fields joined by 0x00, `b[0..n)`) when it is ASCII, holds no
 * ten-digit run, has the header's shape and every column parses and every rule holds; else null.
 */
export function bytesValidator(context: RowContext, plans: readonly ColumnPlan[], template: RowValues, judged: RowJudge): (b: Uint8Array, n: number, line: number) => RowValues | null {
  const header = context.header;
  const width = header.length;
  const count = plans.length;
  // The byte path needs the header's first field free of digits (see the header-line test below).
  const byteFirstField = !/\d/.test(header[0] ?? "");
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  return (b, n, line) => {
    if (!byteFirstField) return null;
    // Cut the record into fields: ASCII only, and no field with ten digits (where a personal
    // identity number could be). Anything else goes the text path, which judges it in full.
    let f = 0;
    let start = 0;
    let digits = 0;
    let firstDigits = -1;
    for (let i = 0; i < n; i++) {
      const c = b[i]!;
      if (c === 0) {
        if (f >= width - 1) return null;
        if (f === 0) firstDigits = digits;
        starts[f] = start;
        ends[f++] = i;
        start = i + 1;
        digits = 0;
      } else if (c >= 0x80) return null;
      else if (c >= 48 && c <= 57 && ++digits >= 10) return null;
    }
    if (f === 0) firstDigits = digits;
    starts[f] = start;
    ends[f++] = n;
    // A header line has no digit in its first field (the file's own header has none: byteFirstField).
    if (f !== width || firstDigits === 0) return null;
    const values: RowValues = {...template};
    for (let k = 0; k < count; k++) {
      const plan = plans[k]!;
      let value: FieldValue | undefined;
      let s = 0;
      let e = 0;
      if (plan.index >= 0) {
        s = starts[plan.index]!;
        e = ends[plan.index]!;
        while (s < e && isAsciiSpace(b[s]!)) s++;
        while (e > s && isAsciiSpace(b[e - 1]!)) e--;
      }
      if (s === e) {
        value = plan.empty;
        if (value !== undefined && value !== null) value = [];
      } else value = plan.parseBytes(b, s, e);
      if (value === undefined) return null;
      values[plan.column.name] = value;
    }
    const verdict = judged(values, line, null);
    return verdict.kind === "accepted" ? verdict.values : null;
  };
}

/**
 * Delimiter detection from the header line: comma, semicolon or tab, counted outside quotes.
 * Works on bytes (all three delimiters, the quote and the line breaks are ASCII, so this is the same
 * for UTF-8 and Windows-1252). Isomorphic; no I/O.
 */

export type CsvDelimiter = "," | ";" | "\t";

export interface DelimiterDetection {
  readonly delimiter: CsvDelimiter;
  readonly name: "comma" | "semicolon" | "tab";
  /** Why, in plain English: "header has 10 semicolons, no commas and no tabs outside quotes". */
  readonly reason: string;
  /** Two delimiters were equally frequent in the header (the first of comma, semicolon, tab was chosen). */
  readonly ambiguous: boolean;
}

export type DelimiterScan =
  | {kind: "found"; detection: DelimiterDetection; /** 1-based physical line of the header */ line: number}
  /** No line break outside quotes yet and the input may go on: give more bytes. */
  | {kind: "need-more"}
  /** The input holds nothing but line breaks. */
  | {kind: "blank"}
  /** The input ended inside a quoted header field opened on `line`. */
  | {kind: "unterminated-quote"; line: number};

const CANDIDATES = [
  {byte: 0x2c, delimiter: ",", name: "comma", plural: "commas"},
  {byte: 0x3b, delimiter: ";", name: "semicolon", plural: "semicolons"},
  {byte: 0x09, delimiter: "\t", name: "tab", plural: "tabs"}
] as const;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

function counted(n: number, c: (typeof CANDIDATES)[number]): string {
  return n === 0 ? `no ${c.plural}` : n === 1 ? `1 ${c.name}` : `${n} ${c.plural}`;
}

/**
 * Finds the header (the first line that is not empty) in `bytes[start..]` and picks the delimiter that
 * occurs most often in it outside double quotes. A header with none of them is a single column (comma).
 * `atEnd` says that no bytes follow `bytes`.
 */
export function detectDelimiter(bytes: Uint8Array, start: number, atEnd: boolean): DelimiterScan {
  let line = 1;
  let i = start;
  // Skip blank lines before the header; CRLF is one line break.
  while (i < bytes.length && (bytes[i] === CR || bytes[i] === LF)) {
    if (!(bytes[i] === LF && i > start && bytes[i - 1] === CR)) line++;
    i++;
  }
  if (i >= bytes.length) return atEnd ? {kind: "blank"} : {kind: "need-more"};
  const counts = [0, 0, 0];
  let quoted = false;
  let quoteLine = line;
  let physical = line;
  let ended = false;
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (quoted) {
      if (b === QUOTE) quoted = false; // a doubled quote re-opens at once on the next byte
      else if (b === CR || (b === LF && bytes[i - 1] !== CR)) physical++;
      continue;
    }
    if (b === QUOTE) {
      quoted = true;
      quoteLine = physical;
    } else if (b === CR || b === LF) {
      ended = true;
      break;
    } else {
      for (let k = 0; k < CANDIDATES.length; k++) if (b === CANDIDATES[k]!.byte) counts[k]!++;
    }
  }
  if (!ended && !atEnd) return {kind: "need-more"};
  if (quoted) return {kind: "unterminated-quote", line: quoteLine};

  let best = 0;
  for (let k = 1; k < CANDIDATES.length; k++) if (counts[k]! > counts[best]!) best = k;
  const chosen = CANDIDATES[best]!;
  const max = counts[best]!;
  const tied = CANDIDATES.filter((_, k) => k !== best && counts[k] === max && max > 0);
  const others = CANDIDATES.flatMap((c, k) => (k === best ? [] : [counted(counts[k]!, c)])).join(" and ");
  let reason: string;
  if (max === 0) reason = "header has no comma, semicolon or tab outside quotes (a single column); assumed comma";
  else if (tied.length > 0) reason = `header has ${counted(max, chosen)} and ${others} outside quotes; ambiguous, chose ${chosen.name}`;
  else reason = `header has ${counted(max, chosen)} (and ${others}) outside quotes`;
  return {
    kind: "found",
    line,
    detection: {delimiter: chosen.delimiter, name: chosen.name, reason, ambiguous: tied.length > 0}
  };
}

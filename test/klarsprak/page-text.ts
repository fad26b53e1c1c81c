/**
 * The klarspråk checker of a page's text (issue 17), pure: sentences, words and numbers per sentence, LIX, forbidden
 * statistical symbols, "p.e.", shares above 100 %, method names and the ordlista's second names.
 *
 * Input is the page's visible text as `extractPageText` (below, run in the browser) gives it: `main` holds the main
 * text with one block element (paragraph, heading, list item, table cell, …) per line; `chart` holds the text inside
 * SVG (axis ticks, labels, tooltips), one element per line, checked only for symbols, shares and second names.
 *
 * Usage: `npx tsx test/klarsprak/check-pages.ts <dist> [page…]` prints LIX, the longest sentence and every violation
 * per page; test/browser/klarsprak.ts asserts the same on the built site.
 */
import {findSecondNames, type SecondNameHit} from "../../src/lib/format/ordlista.js";

/** Abbreviations whose final period does not end a sentence (lower case; matched on the word before the period). */
const ABBREVIATIONS = [
  "t.ex", "bl.a", "m.fl", "m.m", "s.k", "d.v.s", "dvs", "o.s.v", "osv", "kl", "ca", "jfr", "nr", "resp", "p.e", "f.d",
  "fr.o.m", "t.o.m", "el", "o.dyl", "e.d", "st", "tel", "s", "sid", "kap", "prop", "mån", "tis", "ons", "tors", "fre", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "återredov", "förel", "m", "a", "e", "f", "t", "o"
];
const ABBREV = new Set(ABBREVIATIONS);

/** Normalises spaces: keeps NBSP and narrow NBSP (they join a number and its unit), collapses other white space. */
function squash(line: string): string {
  return line.replace(/[ \t\r\f\v\u2009\u200a\u2002\u2003]+/g, " ").trim();
}

/**
 * Sentences of a text: a line break always ends a sentence (a block element); within a line, ".", "!", "?" or "…"
 * followed by white space and a capital letter, a digit or a quotation mark ends one, unless the word before the
 * period is an abbreviation ("t.ex.", "kl.", "bl.a.") or a single letter. Decimal commas and "1.5" never split.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const raw of text.split(/\n+/)) {
    const line = squash(raw);
    if (!line) continue;
    let start = 0;
    const boundary = /([.!?…]+)["”’)]*\s+(?=[\p{Lu}\p{N}"”„«(–−-])/gu;
    for (const m of line.matchAll(boundary)) {
      const end = m.index! + m[0].length;
      if (m[1] === ".") {
        const before = line.slice(start, m.index!);
        const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
        if (ABBREV.has(word) || ABBREV.has(word.replace(/^.*\s/, ""))) continue;
      }
      const sentence = line.slice(start, end).trim();
      if (sentence) sentences.push(sentence);
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences;
}

/**
 * A number as a reader counts it: a digit group not glued to a letter before it ("T2" and "dm_4f…" are labels),
 * with thousands joined by a no-break space ("1 154" is one number, "1 154" with a plain space two), decimals after
 * a comma ("106,8"), and an ISO date as one ("2023-05-01").
 */
const NUMBER = /(?<![\p{L}\p{N}_,.])(?:\d{4}-\d{2}-\d{2}|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)/gu;

/** The numbers of a text, as written. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((m) => m[0]);
}

export function countNumbers(text: string): number {
  return numbersIn(text).length;
}

/** Words: white-space separated tokens with a letter or digit, a number with no-break thousands counting once. */
export function wordsIn(text: string): string[] {
  const joined = text.replace(NUMBER, (n) => n.replace(/[\u00a0\u202f]/g, ""));
  return joined.split(/[\s\u00a0\u202f]+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

export function countWords(text: string): number {
  return wordsIn(text).length;
}

/** Long words for LIX: more than six letters. */
function isLong(word: string): boolean {
  return (word.match(/\p{L}/gu) ?? []).length > 6;
}

/** LIX of sentences: words per sentence + 100 × long words (more than six letters) / words. NaN for no words. */
export function lix(sentences: readonly string[]): number {
  const words = sentences.flatMap(wordsIn);
  if (words.length === 0 || sentences.length === 0) return Number.NaN;
  return words.length / sentences.length + (100 * words.filter(isLong).length) / words.length;
}

/** Statistical symbols and shorthand that belong on Om statistiken or in "För den som vill veta mer" only. */
export const FORBIDDEN_SYMBOLS: readonly {name: string; pattern: RegExp}[] = [
  {name: "τ", pattern: /τ/gu},
  {name: "φ", pattern: /φ/gu},
  {name: "I²", pattern: /I²/gu},
  {name: "σ", pattern: /σ/gu},
  {name: "χ²", pattern: /χ²?/gu},
  {name: "q <", pattern: /(?<![\p{L}\p{N}])q\s*[<≤]/gu},
  {name: "q =", pattern: /(?<![\p{L}\p{N}])q\s*=/gu},
  {name: "p-värde", pattern: /(?<![\p{L}\p{N}])p\s*[<≤=]\s*[\d,]/gu},
  {name: "p.e.", pattern: /(?<![\p{L}\p{N}])p\.\s?e\./gu}
];

/** Method and package names, hashes and commands: reported, for Om statistiken or a disclosure only. */
export const METHOD_NAMES: readonly {name: string; pattern: RegExp}[] = [
  {name: "arcsinus", pattern: /arcsin\p{L}*/giu},
  {name: "Benjamini–Hochberg", pattern: /Benjamini/giu},
  {name: "DerSimonian–Laird", pattern: /DerSimonian/giu},
  {name: "NHSRplotthedots", pattern: /NHSRplotthedots/giu},
  {name: "SHA-256", pattern: /SHA-?256/giu},
  {name: "hash", pattern: /(?<![\p{L}\p{N}])[0-9a-f]{40,64}(?![\p{L}\p{N}])/giu},
  {name: "kommando", pattern: /(?<![\p{L}])(?:lika|npm|npx) (?:check|analyze|sample|run|report)\b/giu}
];

/** A share above 100 %: a number directly before "%" (optionally after a space) larger than 100. */
const PERCENT = /(?<![\p{L}\p{N},.])(\d{1,3}(?:[\u00a0\u202f]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)[\u00a0\u202f ]?%/gu;

/** The shares above 100 % in a text, as written ("103 %", "106,8 %", "110 %"). */
export function sharesAbove100(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const value = Number(m[1]!.replace(/[\u00a0\u202f ]/g, "").replace(",", "."));
    if (value > 100) found.push(m[0]);
  }
  return found;
}

function matches(text: string, list: readonly {name: string; pattern: RegExp}[]): string[] {
  const found: string[] = [];
  for (const {name, pattern} of list) {
    pattern.lastIndex = 0;
    for (const _ of text.matchAll(pattern)) found.push(name);
  }
  return found;
}

export function forbiddenSymbols(text: string): string[] {
  return matches(text, FORBIDDEN_SYMBOLS);
}

export function methodNames(text: string): string[] {
  return matches(text, METHOD_NAMES);
}

export type ViolationKind = "long-sentence" | "many-numbers" | "symbol" | "share-above-100" | "second-name" | "method-name";

export interface Violation {
  kind: ViolationKind;
  /** What was found: the word count, the number count, the symbol, the share, or the second name. */
  detail: string;
  /** The sentence (or chart line) it was found in. */
  sentence: string;
}

export interface PageText {
  /** Main text, one block element per line. */
  main: string;
  /** Text inside charts (SVG), one element per line. */
  chart?: string;
}

export interface PageReport {
  sentences: number;
  words: number;
  /** LIX over the prose: the sentences that end as sentences do, with ".", "!", "?" or "…" (headings, table cells and labels left out). */
  lix: number;
  longest: {words: number; sentence: string};
  violations: Violation[];
}

export const LIMITS = {maxWords: 30, maxNumbers: 4} as const;

/** Running text, not a heading, label or table cell: a sentence of two words or more ending in ".", "!", "?" or "…". */
export function isProse(sentence: string): boolean {
  return /[.!?…]["”’)]*$/u.test(sentence) && countWords(sentence) >= 2;
}

/** The klarspråk report of one page's text. */
export function checkPageText(page: PageText): PageReport {
  const sentences = splitSentences(page.main);
  const violations: Violation[] = [];
  let longest = {words: 0, sentence: ""};
  let words = 0;
  for (const sentence of sentences) {
    const w = countWords(sentence);
    words += w;
    if (w > longest.words) longest = {words: w, sentence};
    if (w > LIMITS.maxWords) violations.push({kind: "long-sentence", detail: `${w} ord`, sentence});
    const n = countNumbers(sentence);
    if (n > LIMITS.maxNumbers) violations.push({kind: "many-numbers", detail: `${n} tal`, sentence});
    for (const s of forbiddenSymbols(sentence)) violations.push({kind: "symbol", detail: s, sentence});
    for (const s of sharesAbove100(sentence)) violations.push({kind: "share-above-100", detail: s, sentence});
    for (const h of secondNames(sentence)) violations.push(secondNameViolation(h, sentence));
    for (const s of methodNames(sentence)) violations.push({kind: "method-name", detail: s, sentence});
  }
  for (const line of (page.chart ?? "").split(/\n+/).map(squash).filter(Boolean)) {
    for (const s of forbiddenSymbols(line)) violations.push({kind: "symbol", detail: s, sentence: `[diagram] ${line}`});
    for (const s of sharesAbove100(line)) violations.push({kind: "share-above-100", detail: s, sentence: `[diagram] ${line}`});
    for (const h of secondNames(line)) violations.push(secondNameViolation(h, `[diagram] ${line}`));
  }
  const prose = sentences.filter(isProse);
  return {sentences: sentences.length, words, lix: lix(prose), longest, violations};
}

/** Second names, but "p.e." once only: it is reported as a forbidden symbol. */
function secondNames(text: string): SecondNameHit[] {
  return findSecondNames(text).filter((h) => h.concept !== "percentage-points" || !/^p\.\s?e\.$/iu.test(h.match));
}

function secondNameViolation(h: SecondNameHit, sentence: string): Violation {
  return {kind: "second-name", detail: `"${h.match}" (skriv "${h.name}")`, sentence};
}

/** The summary line of `disclosure` elements whose content stays out of the checked text. */
export const DISCLOSURE_SUMMARY = "För den som vill veta mer";

/**
 * Runs IN THE BROWSER (page.evaluate): the visible text of `root`, one block per line, leaving out `<details>` whose
 * summary is "För den som vill veta mer", `<code>`/`<pre>`, scripts and styles, hidden elements (display: none,
 * visibility: hidden, the hidden attribute) and form fields; the contents of other `<details>` count even when closed.
 * An element shown as a block (by its computed display) is a line of its own. SVG text (ticks, labels, `<title>`
 * tooltips) and title attributes go to `chart`, one per line. Self-contained: no imports, no helpers outside its body.
 */
export function extractPageText(root: Element, disclosureSummary: string): {main: string; chart: string} {
  const SKIP = new Set(["SCRIPT", "STYLE", "CODE", "PRE", "TEMPLATE", "NOSCRIPT", "INPUT", "TEXTAREA", "DATALIST"]);
  // Without layout (jsdom in the unit tests) computed display is not the browser's: blocks are then known by tag.
  const BLOCK_TAGS = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
    "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LEGEND", "LI", "MAIN", "NAV", "OL", "P", "SECTION",
    "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL"
  ]);
  const hasLayout = !/jsdom/i.test(globalThis.navigator?.userAgent ?? "");
  const main: string[] = [];
  const chart: string[] = [];
  const svgText = (el: Element): void => {
    for (const t of Array.from(el.querySelectorAll("text, title"))) {
      const own = t.tagName.toLowerCase() === "title" ? t.textContent : Array.from(t.childNodes).map((c) => c.textContent ?? "").join("");
      if (own && own.trim()) chart.push(own.trim());
    }
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      main.push(node.textContent ?? "");
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute("hidden")) return;
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") return;
    // A tooltip (the title attribute) is read like a chart label: checked for symbols, shares and second names.
    const title = el.getAttribute("title");
    if (title && title.trim()) chart.push(title.trim());
    if (tag === "SVG") {
      svgText(el);
      return;
    }
    if (tag === "DETAILS" && (el.querySelector(":scope > summary")?.textContent?.trim() ?? "") === disclosureSummary) return;
    if (tag === "SELECT") {
      main.push("\n", (el as HTMLSelectElement).selectedOptions?.[0]?.textContent ?? "", "\n");
      return;
    }
    // A block (paragraph, heading, list item, table cell, a span shown as a block) is a line of its own.
    const shownAsBlock = !(style.display.startsWith("inline") || style.display === "contents");
    const block = tag === "BR" || (hasLayout ? shownAsBlock : BLOCK_TAGS.has(tag) || /display:\s*block/.test(el.getAttribute("style") ?? ""));
    if (block) main.push("\n");
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) main.push("\n");
  };
  walk(root);
  return {main: main.join("").replace(/[ \t]*\n\s*/g, "\n").trim(), chart: chart.join("\n")};
}

/**
 * lika's Swedish word list for what the reader of a page or of the CLI sees beyond the code list labels (those live in
 * src/lib/extract/codes.ts) and the flag sentences (src/lib/format/flag-sentence.ts).
 *
 * Reading problems (validation reasons, rules, encoding and delimiter explanations, warnings, file errors) are
 * written in English by src/lib/extract and keyed here by their stable English text: `svReason` translates one,
 * pattern by pattern, keeping ids, lines, dates and values as they are. A test runs the bad-input corpus and the
 * sample through the reader and fails when any text it produces has no Swedish translation here.
 */
import type {Problem} from "../extract/problem.js";

/** The pager Framework draws under each page (set in src/style.css, which cannot import this module). */
export const PAGER_SV = {previous: "Föregående", next: "Nästa"} as const;

export const FILTER_SV = {
  period: "Period",
  department: "Avdelning",
  operationType: "Verksamhetstyp",
  caseType: "Ärendeslag",
  all: "Alla"
} as const;

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** Reasons, rules and explanations of the reader, English pattern → Swedish (first match wins; anchored). */
const REASONS: readonly Rule[] = [
  // Field values
  [/^not an id \(letters, digits and _-\.\/: only, at most 64 characters\)$/, () => "inte ett id (bara bokstäver, siffror och _-./:, högst 64 tecken)"],
  [/^not a pseudonymous id, and no key to pseudonymise it: set (\S+) .*$/s, (key) => `inte ett pseudonymiserat id, och ingen nyckel att pseudonymisera med: sätt ${key} (se docs/privacy.md) eller leverera id av formen dm_ följt av 12 bokstäver`],
  [/^not a pseudonymous id$/, () => "inte ett pseudonymiserat id"],
  [/^unknown code$/, () => "okänd kod"],
  [/^unknown code '(.*)' in list$/s, (code) => `okänd kod '${code}' i listan`],
  [/^not a whole number$/, () => "inte ett heltal"],
  [/^out of range \((.*)\)$/, (range) => `utanför tillåtna värden (${range})`],
  [/^not a date \(YYYY-MM-DD\)$/, () => "inte ett datum (ÅÅÅÅ-MM-DD)"],
  [/^not yes\/no$/, () => "inte yes/no (ja/nej)"],
  [/^required value is empty$/, () => "obligatoriskt värde saknas"],
  [/^contains a personal identity number \(masked\)$/, () => "innehåller ett personnummer (maskerat)"],
  [/^invalid UTF-8$/, () => "ogiltig UTF-8"],
  // Rules across fields and rows
  [/^outside the extract period (\S+) – (\S+)$/, (from, to) => `utanför uttagets period ${from} – ${to}`],
  [/^outside the extract period$/, () => "utanför uttagets period"],
  [/^duplicate id \(first on line (\d+)\)$/, (line) => `id:t finns redan (första gången på rad ${line})`],
  [/^duplicate id$/, () => "id:t finns redan"],
  [/^more children agreed than were placed \((\d+)\)$/, (n) => `fler barn samtyckte än som var placerade (${n})`],
  [/^more than children_placed$/, () => "fler än children_placed"],
  [/^more children spoken with than agreed \((\d+)\)$/, (n) => `fler barn samtalades med än som samtyckte (${n})`],
  [/^more than children_agreed$/, () => "fler än children_agreed"],
  [/^required when children_spoken is 0$/, () => "krävs när children_spoken är 0"],
  [/^must be empty when children were spoken with \((\d+)\)$/, (n) => `ska vara tomt när barn samtalades med (${n})`],
  [/^must be set exactly when children_spoken is 0$/, () => "ska anges om och endast om children_spoken är 0"],
  [/^no_child_present although (\d+) children were placed$/, (n) => `no_child_present fast ${n} barn var placerade`],
  [/^must be no_child_present when children_placed is 0$/, () => "ska vara no_child_present när children_placed är 0"],
  [/^no_child_present exactly when children_placed is 0$/, () => "no_child_present om och endast om children_placed är 0"],
  [/^all_declined although (\d+) children agreed$/, (n) => `all_declined fast ${n} barn samtyckte`],
  [/^all_declined needs children_agreed 0$/, () => "all_declined kräver children_agreed 0"],
  [/^refers to decision (\S+), but decisions\.csv could not be read$/, (id) => `hänvisar till beslut ${id}, men decisions.csv kunde inte läsas`],
  [/^refers to a decision that could not be read$/, () => "hänvisar till ett beslut som inte kunde läsas"],
  [/^refers to decision (\S+), which is not in decisions\.csv$/, (id) => `hänvisar till beslut ${id}, som inte finns i decisions.csv`],
  [/^refers to a decision not in decisions\.csv$/, () => "hänvisar till ett beslut som inte finns i decisions.csv"],
  [/^refers to decision (\S+) that was set aside \(decisions\.csv line (\d+)\)$/, (id, line) => `hänvisar till beslut ${id} som satts åt sidan (decisions.csv rad ${line})`],
  [/^refers to a decision that was set aside$/, () => "hänvisar till ett beslut som satts åt sidan"],
  [/^refers to decision (\S+) of case type (\S+), not frequency$/, (id, type) => `hänvisar till beslut ${id} med ärendeslag ${type}, inte frekvenstillsyn`],
  [/^refers to a decision outside frequency supervision$/, () => "hänvisar till ett beslut utanför frekvenstillsynen"],
  [/^refers to decision (\S+) dated (\S+), before the inspection \((\S+)\)$/, (id, date, insp) => `hänvisar till beslut ${id} daterat ${date}, före inspektionen (${insp})`],
  [/^refers to a decision dated before the inspection$/, () => "hänvisar till ett beslut daterat före inspektionen"],
  [/^national_area is required when case_type is national$/, () => "national_area krävs när case_type är national"],
  [/^national_area must be empty when case_type is (\S+)$/, (type) => `national_area ska vara tomt när case_type är ${type}`],
  [/^must be set exactly when case_type is national$/, () => "ska anges om och endast om case_type är national"],
  [/^a decision without deficiencies cannot state deficiencies$/, () => "ett beslut utan brister kan inte ange brister"],
  [/^decision type (\S+) always states deficiencies$/, (type) => `beslutstypen ${type} anger alltid brister`],
  [/^the decision type always states deficiencies$/, () => "beslutstypen anger alltid brister"],
  [/^deficiency areas given for a decision without deficiencies$/, () => "bristområden angivna för ett beslut utan brister"],
  [/^case opened after the decision date (\S+)$/, (date) => `ärendet öppnat efter beslutsdatumet ${date}`],
  [/^after the decision date$/, () => "efter beslutsdatumet"],
  [/^case (\S+) has (\S+) '(.*)' on line (\d+)$/s, (id, column, value, line) => `ärende ${id} har ${column} '${value}' på rad ${line}`],
  [/^differs between decisions of one case$/, () => "skiljer sig mellan beslut i samma ärende"],
  [/^dated after the final decision of case (\S+) \((\S+), line (\d+)\)$/, (id, date, line) => `daterat efter slutligt beslut i ärende ${id} (${date}, rad ${line})`],
  [/^after the case's final decision$/, () => "efter ärendets slutliga beslut"],
  [/^impossible order: no accepted (\S+) of case (\S+) dated on or before it$/, (type, id) => `omöjlig ordning: inget godkänt ${type} i ärende ${id} daterat samma dag eller tidigare`],
  [/^impossible order$/, () => "omöjlig ordning"],
  [/^refers to item (\S+) that was set aside \(line (\d+)\)$/, (id, line) => `hänvisar till ärende ${id} som satts åt sidan (rad ${line})`],
  [/^refers to an item that was set aside$/, () => "hänvisar till ett ärende som satts åt sidan"],
  [/^refers to item (\S+), which is not in (\S+)$/, (id, file) => `hänvisar till ärende ${id}, som inte finns i ${file}`],
  [/^refers to an item not in the file$/, () => "hänvisar till ett ärende som inte finns i filen"],
  [/^refers to item (\S+), which was not sent back \(outcome (\S+)\)$/, (id, outcome) => `hänvisar till ärende ${id}, som inte återremitterades (utfall ${outcome})`],
  [/^refers to an item not sent back$/, () => "hänvisar till ett ärende som inte återremitterades"],
  [/^refers to item (\S+) presented (\S+), not before this one \((\S+)\)$/, (id, date, own) => `hänvisar till ärende ${id} föredraget ${date}, inte före detta (${own})`],
  [/^refers to an item not presented earlier$/, () => "hänvisar till ett ärende som inte föredragits tidigare"],
  // Damaged rows (one row set aside, the rest of the file read)
  [/^header line repeated$/, () => "rubrikraden upprepad"],
  [/^the header line again \(two exports joined into one file\?\)$/, () => "rubrikraden en gång till (två uttag hopslagna till en fil?)"],
  [/^wrong number of fields$/, () => "fel antal fält"],
  [/^(\d+) field\(s\) where the header has (\d+)$/, (n, h) => `${n} fält där rubrikraden har ${h}`],
  [/^malformed pseudonym$/, () => "felformad pseudonym"],
  [/^not a well-formed pseudonym \((\w+_) followed by (\d+) letters\); cut off or mistyped$/, (prefix, n) => `inte en välformad pseudonym (${prefix} följt av ${n} bokstäver); avkortad eller felskriven`],
  [/^NUL byte in the row$/, () => "NUL-tecken i raden"],
  [/^a NUL byte \(0x00\) in the row, at byte offset (\d+)$/, (at) => `ett NUL-tecken (0x00) i raden, vid byte ${at}`],
  [/^id in clear and no (\S+)$/, (key) => `id i klartext och ingen ${key}`],
  [/^(\d+) row\(s\) hold an id in clear and were set aside; if the extract is meant to hold clear ids, set (\S+)$/, (n, key) => `${n} rad(er) har id i klartext och sattes åt sidan; om uttaget ska innehålla id i klartext, sätt ${key}`],
  [/^file not used: it holds ids in clear and there is no key$/, () => "filen användes inte: den har id i klartext och det finns ingen nyckel"],
  [/^(\d+) of (\d+) rows hold ids in clear \((.*?)\) and (\S+) is not set, so the file is not used: .*$/s, (n, of, cols, key) => `${n} av ${of} rader har id i klartext (${cols}) och ${key} är inte satt, så filen används inte: sätt ${key} (se docs/privacy.md) eller leverera pseudonymiserade id`],
  [/^unknown code in list$/, () => "okänd kod i listan"],
  [/^needs a decision that was set aside$/, () => "kräver ett beslut som satts åt sidan"],
  [/^(\S+) references were not checked: (\S+) could not be read$/, (column, file) => `hänvisningarna i ${column} kontrollerades inte: ${file} kunde inte läsas`],
  [/^a quote opened there never closes; it was read as text, that row set aside and the rows after it read$/, () => "ett citattecken som öppnas där stängs aldrig; det lästes som text, raden sattes åt sidan och raderna efter lästes"],
  [/^every one of the (\d+) rows was set aside: nothing of (\S+) is used$/, (n, file) => `alla ${n} rader sattes åt sidan: inget av ${file} används`],
  // Files that are not files
  [/^(\S+) is not in the folder \((.*)\)$/s, (file, why) => `${file} finns inte i mappen (${svFolderListing(why)})`],
  [/^is a named pipe \(FIFO\), not a regular file$/, () => "är en namngiven pipe (FIFO), inte en vanlig fil"],
  [/^is a symbolic link to a file that does not exist$/, () => "är en symbolisk länk till en fil som inte finns"],
  [/^(?:it )?is (.*?)(?: \(through a symbolic link\))?, not a regular file$/, (what) => `är ${what}, inte en vanlig fil`],
  [/^the file mixes encodings: rows with bytes that are not valid UTF-8 are set aside$/, () => "filen blandar teckenkodningar: rader med byte som inte är giltig UTF-8 sätts åt sidan"],
  [/^invalid UTF-8 \((.*?)\) in (field \d+(?: \(.*?\))?) of the record at byte offset (\d+), although the file was read as UTF-8 \((.*)\); the row is reported as a problem$/s, (bytes, field, at, why) =>
    `ogiltig UTF-8 (${bytes}) i ${field.replace(/^field/, "fält")} i raden vid byte ${at}, fast filen lästes som UTF-8 (${svReason(why) ?? why}); raden redovisas som ett problem`],
  // Reading the file
  [/^unterminated quoted field: the quote opened on line (\d+) is never closed; the rest of the file \(up to line (\d+)\) was read as one field$/, (a, b) => `citattecknet som öppnas på rad ${a} stängs aldrig; resten av filen (till rad ${b}) lästes som ett enda fält`],
  [/^unterminated quoted field: the quote opened on line (\d+) is never closed$/, (line) => `citattecknet som öppnas på rad ${line} stängs aldrig`],
  [/^unterminated quoted field$/, () => "citattecken som aldrig stängs"],
  [/^file not used: it could not be read$/, () => "filen användes inte: den kunde inte läsas"],
  [/^(\d+) rows have a different number of fields than the header \(first on lines (.*)\)$/, (n, lines) => `${n} rader har ett annat antal fält än rubrikraden (först på rad ${lines})`],
  [/^(\d+) more warnings not shown$/, (n) => `${n} varningar till visas inte`],
  [/^columns not in the schema, ignored: (.*)$/s, (cols) => `kolumner som inte finns i beskrivningen, ignorerade: ${cols}`],
  [/^missing required column\(s\): (.*?); found: (.*)$/s, (missing, found) => `obligatoriska kolumner saknas: ${missing}; funna: ${found}`],
  [/^file is empty \(no header\)$/, () => "filen är tom (ingen rubrikrad)"],
  [/^file is empty$/, () => "filen är tom"],
  [/^not a text file: NUL byte at byte offset (\d+)$/, (n) => `inte en textfil: NUL-tecken vid byte ${n}`],
  [/^not a text file: it is UTF-(16|32) text \(byte-order mark\); save it as UTF-8$/, (bits) => `inte en textfil som lika läser: den är UTF-${bits}-text (byte-ordningsmärke); spara den som UTF-8`],
  [/^not a text file: it looks like (.*)$/, (what) => `inte en textfil: den ser ut som ${what}`],
  [/^not a text file: (\d+) control characters in the first (\d+) bytes \(first at byte offset (\d+)\)$/, (n, bytes, at) => `inte en textfil: ${n} styrtecken bland de första ${bytes} byte (första vid byte ${at})`],
  [/^the header has a quoted field opened on line (\d+) that is never closed$/, (line) => `rubrikraden har ett citerat fält som öppnas på rad ${line} och aldrig stängs`],
  [/^the header is not valid UTF-8$/, () => "rubrikraden är inte giltig UTF-8"],
  [/^no line break in the first (\d+) bytes: the header is not a CSV header$/, (n) => `ingen radbrytning bland de första ${n} byte: rubrikraden är inte en CSV-rubrik`],
  [/^a field is longer than (.*)$/s, (rest) => `ett fält är längre än ${rest}`],
  [/^the record is longer than (.*)$/, (size) => `raden är längre än ${size}`],
  [/^could not read the file: (.*)$/s, (why) => `filen kunde inte läsas: ${why}`],
  // Encoding and delimiter explanations
  [/^valid UTF-8, whole file checked( \(ASCII only\))?$/, (ascii) => `giltig UTF-8, hela filen kontrollerad${ascii ? " (bara ASCII-tecken)" : ""}`],
  [/^UTF-8: (\d+) row\(s\) hold UTF-8 letters; (\d+) row\(s\) with invalid UTF-8(?: \(first on line (\d+)\))? are set aside$/, (ok, bad, line) =>
    `UTF-8: ${ok} rad(er) har UTF-8-bokstäver; ${bad} rad(er) med ogiltig UTF-8${line ? ` (först på rad ${line})` : ""} sätts åt sidan`],
  [/^UTF-8: (\d+) valid multi-byte character\(s\)(.*?) against (\d+) invalid sequence\(s\), the first at (.*)$/s, (ok, range, bad, at) =>
    `UTF-8: ${ok} giltiga flerbytestecken${range.replace(/^ in the first (\d+) bytes$/, " bland de första $1 byte")} mot ${bad} ogiltiga sekvenser, den första vid ${at.replace(/^byte offset/, "byte")}`],
  [/^UTF-8 byte-order mark$/, () => "UTF-8 med byte-ordningsmärke (BOM)"],
  [/^valid UTF-8( in the first (\d+) bytes)?( \(ASCII only\))?$/, (range, bytes, ascii) => `giltig UTF-8${range ? ` bland de första ${bytes} byte` : ""}${ascii ? " (bara ASCII-tecken)" : ""}`],
  [/^invalid UTF-8 at byte offset (\d+) \((.*)\); read as Windows-1252$/, (at, bytes) => `ogiltig UTF-8 vid byte ${at} (${bytes}); läst som Windows-1252`]
];

/**
 * The Swedish text of one reading problem, rule, warning or explanation, or null when the word list has none. Handles a
 * leading "file.csv:line: " or "file.csv: ", "line N: " and "column: " (a rule's column) before the reason.
 */
export function svReason(text: string): string | null {
  const direct = translate(text);
  if (direct !== null) return direct;
  const prefixed = /^(\S+\.(?:csv|json)(?::\d+)?(?:, column \S+)?): (.*)$/s.exec(text) ?? /^(line \d+): (.*)$/s.exec(text) ?? /^([a-z_]+): (.*)$/s.exec(text);
  if (prefixed) {
    const rest = translate(prefixed[2]!);
    if (rest !== null) return `${prefixed[1]!.replace(/^line (\d+)$/, "rad $1").replace(/, column /, ", kolumn ")}: ${rest}`;
  }
  return null;
}

function translate(text: string): string | null {
  for (const [pattern, sv] of REASONS) {
    const m = pattern.exec(text);
    if (m) return sv(...m.slice(1).map((g) => g ?? ""));
  }
  return null;
}

/** The folder listing of a missing-file message ("found: a.csv, b.csv", "the folder is empty", …) in Swedish. */
function svFolderListing(text: string): string {
  return text
    .replace(/^the folder is empty$/, "mappen är tom")
    .replace(/^the folder cannot be read(?:: (.*))?$/, (_m, why: string | undefined) => `mappen kan inte läsas${why ? `: ${why}` : ""}`)
    .replace(/^found: /, "funna: ")
    .replace(/^CSV or text files in it: /, "CSV- eller textfiler i den: ")
    .replace(/ and (\d+) more$/, " och $1 till");
}

/** `svReason`, or the English text marked as untranslated when the word list has none (never an empty answer). */
export function svReasonOrEnglish(text: string): string {
  return svReason(text) ?? `${text} (på engelska)`;
}

/** Swedish names of delimiters and encodings as the reader reports them. */
export const DELIMITER_SV: Record<string, string> = {",": "komma", ";": "semikolon", "\t": "tabb"};
export const ENCODING_SV: Record<string, string> = {"utf-8": "UTF-8", "windows-1252": "Windows-1252"};

/** A problem as the Datakvalitet page shows it: "decisions.csv rad 12, kolumn decision_date: inte ett datum …: '2023-13-01'". */
export function svProblem(p: Problem): string {
  const where = `${p.file} rad ${p.line}${p.column ? `, kolumn ${p.column}` : ""}`;
  const value = p.value === null ? "" : `: '${p.value.length > 60 ? p.value.slice(0, 57) + "..." : p.value}'`;
  return `${where}: ${svReasonOrEnglish(p.reason)}${value}`;
}

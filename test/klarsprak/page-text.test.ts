// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {
  checkPageText,
  countNumbers,
  countWords,
  DISCLOSURE_SUMMARY,
  extractPageText,
  forbiddenSymbols,
  lix,
  methodNames,
  numbersIn,
  sharesAbove100,
  splitSentences
} from "./page-text.js";

const NB = "\u00a0";

describe("splitSentences", () => {
  it("splits at a period, question or exclamation mark before a capital letter or a digit", () => {
    expect(splitSentences("Syd fattade fler beslut. Är det mycket? Ja! 29 av 29 var utan brister.")).toEqual([
      "Syd fattade fler beslut.",
      "Är det mycket?",
      "Ja!",
      "29 av 29 var utan brister."
    ]);
  });

  it("does not split at Swedish abbreviations, decimal commas, decimal points or times", () => {
    const text = "Se t.ex. Nord, bl.a. för kl. 14.30 och ca. 12,5 procentenheter. Nästa mening m.fl. Här.";
    expect(splitSentences(text)).toEqual(["Se t.ex. Nord, bl.a. för kl. 14.30 och ca. 12,5 procentenheter.", "Nästa mening m.fl. Här."]);
  });

  it("does not split before a lower-case word, and treats each line as its own sentence", () => {
    expect(splitSentences("Andelen steg. den föll sedan\nRubrik utan punkt\n\n  Cell  ")).toEqual(["Andelen steg. den föll sedan", "Rubrik utan punkt", "Cell"]);
  });

  it("splits after a closing quotation mark or parenthesis", () => {
    expect(splitSentences("Det står ”larm”. Sedan (med förbehåll.) Slut.")).toEqual(["Det står ”larm”.", "Sedan (med förbehåll.)", "Slut."]);
  });
});

describe("numbers and words", () => {
  it("counts a number with a no-break thousands separator once, and one with a plain space twice", () => {
    expect(numbersIn(`Totalt 1${NB}154 beslut`)).toEqual([`1${NB}154`]);
    expect(countNumbers("Totalt 1 154 beslut")).toBe(2);
    expect(countNumbers(`2${NB}522 beslut och 12${NB}345${NB}678 kronor`)).toBe(2);
  });

  it("counts an ISO date once and a date range twice, decimals once, and a year in a label", () => {
    expect(countNumbers("2023-05-01 – 2024-08-31")).toBe(2);
    expect(countNumbers(`106,8${NB}% och 99,8${NB}%-gränsen`)).toBe(2);
    expect(countNumbers("Beslut utan brister, T3 2024")).toBe(1);
    expect(countNumbers("11–100 %")).toBe(2);
    expect(countNumbers("−7,5 procentenheter")).toBe(1);
  });

  it("does not count digits glued to letters (codes, hashes, tertials)", () => {
    expect(countNumbers("dm_4f3a och T2 och 2024T2")).toBe(1);
  });

  it("counts the flag sentence of issue 17 as eight numbers and 41 words", () => {
    const s = `Beslutsfattare dm_jldnrhsglmmj har 100${NB}% beslut utan brister (29 av 29 beslut; förväntat 44${NB}% med hänsyn till verksamhetstyp och ärendeslag, justerat 103${NB}%), högre än väntat – larm: utanför 99,8${NB}%-gränsen för justerad andel (74${NB}%); flaggan försvinner om 11 färre beslut var utan brister.`;
    expect(countNumbers(s)).toBe(8);
    expect(countWords(s)).toBe(41);
  });

  it("counts words as tokens with a letter or digit, not dashes or percent signs", () => {
    expect(countWords(`Syd har 94${NB}% – fler än väntat.`)).toBe(6);
    expect(countWords(`1${NB}154 beslut`)).toBe(2);
  });
});

describe("lix", () => {
  it("is words per sentence plus the share of words longer than six letters, in per cent", () => {
    // 9 words, 2 sentences, 2 long words (omkring, trädgården): 9/2 + 100·2/9 = 26.72.
    const sentences = splitSentences("Katten satt på mattan. Hunden sprang omkring i trädgården.");
    expect(sentences).toHaveLength(2);
    expect(lix(sentences)).toBeCloseTo(4.5 + 200 / 9, 10);
  });

  it("counts letters, not punctuation, for a long word, and is NaN for no words", () => {
    expect(lix(["Abcdef, abcdef."])).toBeCloseTo(2, 10);
    expect(lix(["Abcdefg abc."])).toBeCloseTo(2 + 50, 10);
    expect(lix([])).toBeNaN();
  });
});

describe("forbidden patterns", () => {
  it("finds τ, φ, I², σ, χ², q <, q =, p-values and p.e.", () => {
    expect(forbiddenSymbols("(τ = 16,6 procentenheter, I² = 76 %)")).toEqual(["τ", "I²"]);
    expect(forbiddenSymbols("vidgade med τ² (φ > 1), 3σ, χ² = 4")).toEqual(["τ", "φ", "σ", "χ²"]);
    expect(forbiddenSymbols("(larm, q < 0,001) och q = 0,04, p = 0,01")).toEqual(["q <", "q =", "p-värde"]);
    expect(forbiddenSymbols("17,3 p.e. och −5,8 p. e.")).toEqual(["p.e.", "p.e."]);
  });

  it("leaves ordinary Swedish alone", () => {
    expect(forbiddenSymbols("Skillnaden är 17 procentenheter; i sju fall av tio. Ingen flagga. Sq = x")).toEqual([]);
  });

  it("finds shares above 100 %, in text and as axis ticks, but not 100 % or a limit's level", () => {
    expect(sharesAbove100(`justerat 103${NB}%, 106,8${NB}% och 110 %`)).toEqual([`103${NB}%`, `106,8${NB}%`, "110 %"]);
    expect(sharesAbove100(`100${NB}%, 99,8${NB}%-gränsen, 11–100${NB}%, 1${NB}154 beslut`)).toEqual([]);
    expect(sharesAbove100("160%")).toEqual(["160%"]);
  });

  it("finds method and package names, hashes and commands", () => {
    expect(methodNames("arcsinusgränser, Benjamini–Hochberg, DerSimonian–Laird, NHSRplotthedots, SHA-256")).toHaveLength(5);
    expect(methodNames(`${"c0081d25".repeat(8)} och lika check data`)).toEqual(["hash", "kommando"]);
  });
});

describe("checkPageText", () => {
  it("reports a long sentence, many numbers, a symbol, a share above 100 % and a second name, with the sentence", () => {
    const long = `${"ord ".repeat(31).trim()}.`;
    const report = checkPageText({
      main: [
        "Syd fattade fler beslut utan brister än väntat.",
        long,
        "Siffrorna 1, 2, 3, 4 och 5 är för många.",
        "Spridningen är 17,3 p.e. (τ).",
        `Justerat 103${NB}%.`,
        "Upprepning utan eskalering per avdelning"
      ].join("\n"),
      chart: "0 %\n50 %\n110 %\nUtdömande av vite"
    });
    const kinds = report.violations.map((v) => `${v.kind}:${v.detail}`);
    expect(kinds).toEqual([
      "long-sentence:31 ord",
      "many-numbers:5 tal",
      "symbol:τ",
      "symbol:p.e.",
      `share-above-100:103${NB}%`,
      `second-name:"Upprepning utan eskalering" (skriv "upprepning i stället för eskalering")`,
      "share-above-100:110 %",
      `second-name:"Utdömande av vite" (skriv "utdömt vite")`
    ]);
    expect(report.violations[0]!.sentence).toBe(long);
    expect(report.longest).toEqual({words: 31, sentence: long});
    expect(report.sentences).toBe(6);
  });

  it("passes a page written in the ordlista's words", () => {
    const report = checkPageText({
      main: `Syd fattade 12 procentenheter fler beslut utan brister än förväntat. Så stor skillnad beror sällan på slumpen (larm).\nStyrgränser och medellinjen`,
      chart: `0${NB}%\n50${NB}%\n100${NB}%`
    });
    expect(report.violations).toEqual([]);
    // LIX of the two prose sentences only (the heading line is left out): 18 words, 6 longer than six letters
    // (fattade, procentenheter, brister, förväntat, skillnad, slumpen), 2 sentences.
    expect(report.lix).toBeCloseTo(18 / 2 + (100 * 6) / 18, 10);
  });
});

describe("extractPageText (in a DOM)", () => {
  it("reads blocks as lines and leaves out the disclosure, code, hidden elements and form fields; SVG text and titles go to chart", () => {
    document.body.innerHTML = `
      <main id="observablehq-main">
        <h2>Rubrik</h2>
        <p>Första <strong>meningen</strong> här. <code>lika check data</code></p>
        <details><summary>${DISCLOSURE_SUMMARY}</summary><p>τ = 16,6 och q &lt; 0,001</p></details>
        <details><summary>Så läser du</summary><p>Dold men läsbar.</p></details>
        <p hidden>Gömd</p><p style="display:none">Också gömd</p><span style="visibility:hidden">Osynlig</span>
        <ul><li>Ett</li><li title="Tips: 103 %">Två</li></ul>
        <table><tr><td>1</td><td>2</td></tr></table>
        <input value="inmatat"><select><option>A</option><option selected>B</option></select>
        <svg><g><text>110 %</text><title>Verktygstips</title></g></svg>
      </main>`;
    const {main, chart} = extractPageText(document.querySelector("main")!, DISCLOSURE_SUMMARY);
    expect(main.split("\n")).toEqual(["Rubrik", "Första meningen här.", "Så läser du", "Dold men läsbar.", "Ett", "Två", "1", "2", "B"]);
    expect(chart.split("\n")).toEqual(["Tips: 103 %", "110 %", "Verktygstips"]);
  });
});

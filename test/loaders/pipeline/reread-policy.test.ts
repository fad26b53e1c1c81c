import {describe, expect, it} from "vitest";
import {MAX_READINGS, nextReading, rereadRequest, rereadWarnings, type ReadingSettings} from "../../../loaders/pipeline/reread-policy.js";
import type {EncodingDetection, Utf8Evidence} from "../../../src/lib/extract/csv/read-csv.js";

const FIRST: ReadingSettings = {encoding: undefined, literalQuoteLines: []};
const WINDOWS_1252: EncodingDetection = {encoding: "windows-1252", bom: false, skip: 0, reason: "forced", warning: null};
/** A stream that started as ASCII and later held a byte Windows-1252 defines, and no UTF-8 letter. */
const LATE_1252: Utf8Evidence = {multibyteRecords: 0, invalidRecords: 1, firstInvalid: {line: 7, offset: 300}, invalidAreWindows1252: true};
const CLEAN_UTF8: Utf8Evidence = {multibyteRecords: 3, invalidRecords: 0, firstInvalid: null, invalidAreWindows1252: true};

describe("rereadRequest(csvReport, settings)", () => {
  it("asks for Windows-1252 when the whole stream showed a late Windows-1252 byte and no encoding was forced", () => {
    const request = rereadRequest({utf8: LATE_1252, unterminatedQuoteLine: 0}, FIRST);
    expect(request?.restart).toMatchObject({encoding: "windows-1252", bom: false});
    expect(request?.quoteRestart).toBeUndefined();
  });

  it("never asks for the encoding twice, and not for a file with UTF-8 letters", () => {
    expect(rereadRequest({utf8: LATE_1252, unterminatedQuoteLine: 0}, {encoding: WINDOWS_1252, literalQuoteLines: []})).toBeNull();
    expect(rereadRequest({utf8: {...LATE_1252, multibyteRecords: 1}, unterminatedQuoteLine: 0}, FIRST)).toBeNull();
    expect(rereadRequest({utf8: CLEAN_UTF8, unterminatedQuoteLine: 0}, FIRST)).toBeNull();
  });

  it("asks to keep a quote that never closed as text, once per line", () => {
    expect(rereadRequest({utf8: null, unterminatedQuoteLine: 12}, FIRST)).toEqual({restart: null, quoteRestart: 12});
    expect(rereadRequest({utf8: null, unterminatedQuoteLine: 12}, {encoding: undefined, literalQuoteLines: [12]})).toBeNull();
  });

  it("asks for the encoding before the quote when both apply", () => {
    expect(rereadRequest({utf8: LATE_1252, unterminatedQuoteLine: 12}, FIRST)?.restart?.encoding).toBe("windows-1252");
  });
});

describe("nextReading(reading, settings, request)", () => {
  it("forces the requested encoding on the next reading, keeping the quote lines", () => {
    expect(nextReading(1, {encoding: undefined, literalQuoteLines: [4]}, {restart: WINDOWS_1252})).toEqual({encoding: WINDOWS_1252, literalQuoteLines: [4]});
  });

  it("adds a quote line without changing the settings it was given", () => {
    const settings = {encoding: WINDOWS_1252, literalQuoteLines: [4]};
    expect(nextReading(2, settings, {restart: null, quoteRestart: 9})).toEqual({encoding: WINDOWS_1252, literalQuoteLines: [4, 9]});
    expect(settings.literalQuoteLines).toEqual([4]);
  });

  it("keeps the result when nothing is asked, or the same thing again", () => {
    expect(nextReading(1, FIRST, {restart: null})).toBeNull();
    expect(nextReading(2, {encoding: WINDOWS_1252, literalQuoteLines: []}, {restart: WINDOWS_1252})).toBeNull();
    expect(nextReading(2, {encoding: undefined, literalQuoteLines: [9]}, {restart: null, quoteRestart: 9})).toBeNull();
  });

  it(`stops after ${MAX_READINGS} readings whatever is asked`, () => {
    expect(nextReading(MAX_READINGS - 1, FIRST, {restart: null, quoteRestart: 3})).not.toBeNull();
    expect(nextReading(MAX_READINGS, FIRST, {restart: null, quoteRestart: 3})).toBeNull();
  });
});

describe("rereadWarnings(settings, invalidUtf8Records)", () => {
  it("says the file was read twice (when the second encoding read every row) and names each quote kept as text, in that order", () => {
    expect(rereadWarnings({encoding: WINDOWS_1252, literalQuoteLines: [3, 8]}, 0)).toEqual([
      "read twice: first as UTF-8, then as Windows-1252 (forced)",
      "line 3: a quote opened there never closes; it was read as text, that row set aside and the rows after it read",
      "line 8: a quote opened there never closes; it was read as text, that row set aside and the rows after it read"
    ]);
    expect(rereadWarnings({encoding: WINDOWS_1252, literalQuoteLines: []}, 2)).toEqual([]);
    expect(rereadWarnings(FIRST, 0)).toEqual([]);
  });
});

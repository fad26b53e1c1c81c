import {describe, expect, it} from "vitest";
import {DECISION_TYPES, labelOf} from "../../../src/lib/extract/codes.js";
import {findCode} from "../../../src/lib/extract/parse-field.js";
import {codeAt, codeTable} from "../../../src/lib/extract/validate/field-bytes.js";

describe("decision-type labels renamed for the ladder's words", () => {
  it("shows the rung words and still reads an extract written with the earlier labels", () => {
    expect(labelOf(DECISION_TYPES, "fine_imposed")).toBe("Utdömt vite");
    expect(labelOf(DECISION_TYPES, "licence_revoked")).toBe("Återkallat tillstånd");
    for (const [spelling, code] of [
      ["Utdömande av vite", "fine_imposed"],
      ["utdömt vite", "fine_imposed"],
      ["ÅTERKALLELSE AV TILLSTÅND", "licence_revoked"],
      ["Återkallat tillstånd", "licence_revoked"],
      ["fine_imposed", "fine_imposed"]
    ] as const) {
      expect(findCode(DECISION_TYPES, spelling)).toBe(code);
    }
    const bytes = new TextEncoder().encode("fine_imposed");
    expect(codeAt(codeTable(DECISION_TYPES), bytes, 0, bytes.length)).toBe("fine_imposed");
  });
});

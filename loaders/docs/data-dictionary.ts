/**
 * Renders docs/data-dictionary.md from the extract schemas, so the dictionary cannot drift from what
 * the reader accepts. `npm run docs` rewrites it; a test fails when the committed file is stale.
 */
import type {ColumnSpec, ExtractSchema} from "../../src/lib/extract/schema.js";
import {SCHEMAS} from "../../src/lib/extract/schema.js";
import {YES_NO} from "../../src/lib/extract/codes.js";

function typeName(c: ColumnSpec): string {
  switch (c.type.kind) {
    case "id": return "text id";
    case "pseudonym": return `pseudonym (\`${{decisionMaker: "dm", operation: "op", home: "home"}[c.type.of]}_\` + 12 letters)`;
    case "code": return "code";
    case "codes": return "list of codes, separated by `|`";
    case "integer": return `whole number ${c.type.min}–${c.type.max}`;
    case "date": return "date (YYYY-MM-DD)";
    case "boolean": return "yes/no";
  }
}

function codeTable(c: ColumnSpec): string {
  if (c.type.kind !== "code" && c.type.kind !== "codes" && c.type.kind !== "boolean") return "";
  const codes = c.type.kind === "code" || c.type.kind === "codes" ? c.type.codes : YES_NO;
  return `\nCodes of \`${c.name}\` (the Swedish label is accepted too, in any case):\n\n| code | Swedish label | meaning |\n|---|---|---|\n${codes.map((k) => `| \`${k.code}\` | ${k.label}${"aliases" in k && k.aliases ? ` (earlier: ${k.aliases.join(", ")})` : ""} | ${k.description} |`).join("\n")}\n`;
}

function extractSection(schema: ExtractSchema): string {
  const rows = schema.columns.map((c) => `| \`${c.name}\` | ${c.aliases.map((a) => `\`${a}\``).join(", ")} | ${typeName(c)} | ${c.required ? "yes" : "no"} | ${c.description}${c.references ? ` Refers to \`${c.references.column}\` in ${c.references.extract}.csv.` : ""} |`);
  return `## ${schema.name}.csv (version ${schema.version})

${schema.description} Unique key: \`${schema.key}\`.

| column | also accepted as | type | required | meaning |
|---|---|---|---|---|
${rows.join("\n")}
${schema.columns.map(codeTable).filter(Boolean).join("")}`;
}

export function renderDataDictionary(schemas: readonly ExtractSchema[] = SCHEMAS): string {
  return `# Data dictionary

<!-- Generated from src/lib/extract/schema.ts and codes.ts by \`npm run docs\`; do not edit by hand. -->

lika reads one folder of CSV extracts (the built-in sample is \`data/sample/\`; point lika at your own
folder with \`LIKA_DATA_DIR\`). Header names match case-insensitively, ignoring spaces, underscores and
hyphens; the Swedish aliases are accepted. Columns lika does not know are ignored. Ids of people,
operations and homes must be pseudonyms (see [privacy.md](privacy.md)).

${schemas.map(extractSection).join("\n")}`;
}

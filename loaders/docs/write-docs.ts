/** `npm run docs`: regenerates the documents derived from code. */
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {PROJECT_ROOT} from "../pipeline/data-directory.js";
import {renderDataDictionary} from "./data-dictionary.js";

await writeFile(join(PROJECT_ROOT, "docs/data-dictionary.md"), renderDataDictionary());
console.error("lika: wrote docs/data-dictionary.md");

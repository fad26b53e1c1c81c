/**
 * The floor lika's ingest is compared with: DuckDB's native CSV reader loading a file into a table
 * (`@duckdb/node-api`, a dev dependency). Run as its own process by the bench, so both sides pay their
 * startup; prints the rows loaded and the in-process load time as JSON.
 */
import {DuckDBInstance} from "@duckdb/node-api";

const file = process.argv[2];
if (!file) throw new Error("usage: duckdb-read.ts <file.csv>");
const start = performance.now();
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
// The path is passed as a prepared parameter, never spliced into SQL text.
const prepared = await connection.prepare("CREATE TABLE decisions AS SELECT * FROM read_csv($1, header = true)");
prepared.bindVarchar(1, file);
await prepared.run();
const result = await connection.runAndReadAll("SELECT count(*)::INTEGER AS n FROM decisions");
const rows = Number(result.getRows()[0]![0]);
console.log(JSON.stringify({rows, loadSeconds: (performance.now() - start) / 1000}));

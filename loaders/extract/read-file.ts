/** Node-side byte source for the CSV reader (src/lib/extract/csv/read-csv.ts). */
import {createReadStream} from "node:fs";

/** Chunk size: the same 64 KiB the reader sniffs the encoding on. */
export const CHUNK_BYTES = 64 * 1024;

/**
 * The bytes of the file at `path`, as an async iterable of chunks of at most 64 KiB.
 * Nothing is opened until iteration starts; stopping early (break, or `readCsv`'s `close()`) closes the
 * file. Errors opening or reading (ENOENT, EACCES, EISDIR) are thrown by the iteration; `readCsv` turns
 * them into an `ExtractError` naming the file.
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array, void, undefined> {
  const stream = createReadStream(path, {highWaterMark: CHUNK_BYTES});
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      // A Buffer is a Uint8Array; hand on a plain view so consumers never depend on Buffer methods.
      yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
  } finally {
    stream.destroy();
  }
}

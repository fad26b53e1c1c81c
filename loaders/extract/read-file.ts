/** Node-side byte source for the CSV reader (src/lib/extract/csv/read-csv.ts). */
import {fileErrorPhrase, openRegularFile} from "./regular-file.js";

/** Chunk size: the same 64 KiB the reader sniffs the encoding on. */
export const CHUNK_BYTES = 64 * 1024;

/**
 * The bytes of the regular file at `path`, as an async iterable of chunks of at most 64 KiB.
 * Nothing is opened until iteration starts; stopping early (break, or `readCsv`'s `close()`) closes the
 * file. Anything but a regular file (a named pipe, a folder, a device) is refused without reading;
 * errors opening or reading are thrown by the iteration with a message that holds no path, and
 * `readCsv` turns them into an `ExtractError` naming the file.
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array, void, undefined> {
  const handle = await openRegularFile(path);
  try {
    for (;;) {
      const buffer = new Uint8Array(CHUNK_BYTES);
      let read: number;
      try {
        ({bytesRead: read} = await handle.read(buffer, 0, CHUNK_BYTES, null));
      } catch (e) {
        throw new Error(fileErrorPhrase(e));
      }
      if (read === 0) return;
      yield read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

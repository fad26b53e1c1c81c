/** Node-side byte source for the CSV reader (src/lib/extract/csv/read-csv.ts). */
import {fileErrorPhrase, openRegularFile} from "./regular-file.js";

/** Chunk size: large enough that a million-row file takes few reads, small enough to hold two at once. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * The bytes of the regular file at `path`, as an async iterable of chunks of at most `CHUNK_BYTES`.
 * Nothing is opened until iteration starts; stopping early (break, or `readCsv`'s `close()`) closes the
 * file. Anything but a regular file (a named pipe, a folder, a device) is refused without reading;
 * errors opening or reading are thrown by the iteration with a message that holds no path, and
 * `readCsv` turns them into an `ExtractError` naming the file. The next chunk is read while the
 * consumer works on the current one (each chunk is a fresh buffer, never reused).
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array, void, undefined> {
  const handle = await openRegularFile(path);
  const readNext = async (): Promise<Uint8Array> => {
    const buffer = new Uint8Array(CHUNK_BYTES);
    let read: number;
    try {
      ({bytesRead: read} = await handle.read(buffer, 0, CHUNK_BYTES, null));
    } catch (e) {
      throw new Error(fileErrorPhrase(e));
    }
    return read === CHUNK_BYTES ? buffer : buffer.subarray(0, read);
  };
  let pending: Promise<Uint8Array> | null = null;
  try {
    pending = readNext();
    for (;;) {
      const chunk: Uint8Array = await pending;
      pending = null;
      if (chunk.length === 0) return;
      pending = readNext();
      // A read the consumer never waits for (it stopped early) must not reject unhandled.
      pending.catch(() => undefined);
      yield chunk;
    }
  } finally {
    if (pending !== null) await pending.catch(() => undefined);
    await handle.close().catch(() => undefined);
  }
}

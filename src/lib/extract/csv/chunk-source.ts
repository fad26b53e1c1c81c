/** The byte chunks a CSV is read from, handed out one non-empty chunk at a time, with the bytes counted. */
import {errorMessage, readFatal} from "./read-errors.js";

export class ChunkSource {
  /** Bytes read so far, byte-order mark included. */
  bytesRead = 0;
  private done = false;
  private readonly source: AsyncIterator<Uint8Array>;

  /** Throws what `chunks` throws when asked for its iterator. */
  constructor(
    chunks: AsyncIterable<Uint8Array>,
    private readonly file: string
  ) {
    this.source = chunks[Symbol.asyncIterator]();
  }

  /** The next non-empty chunk, or null at the end of input; an ExtractError when the source fails or gives something other than bytes. */
  async pull(): Promise<Uint8Array | null> {
    for (;;) {
      let result: IteratorResult<Uint8Array>;
      try {
        result = await this.source.next();
      } catch (e) {
        throw readFatal(this.file, `could not read the file: ${errorMessage(e)}`);
      }
      if (result.done) {
        this.done = true;
        return null;
      }
      const value: unknown = result.value;
      if (!(value instanceof Uint8Array)) throw readFatal(this.file, `could not read the file: the source gave ${typeof value} instead of bytes`);
      this.bytesRead += value.length;
      if (value.length > 0) return value;
    }
  }

  /** Releases the source (once; best effort, never throws). */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await this.source.return?.();
    } catch {
      // Closing is best effort: the reading itself already succeeded or failed with its own message.
    }
  }
}

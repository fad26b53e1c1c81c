/** Sources of byte chunks for `readCsv`, isomorphic (Node and browser). For files on disk see loaders/extract/read-file.ts. */

/** The chunks of a WHATWG ReadableStream (a browser `File.stream()`, a `fetch` response body). Cancels the stream when the consumer stops early. */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const result = await reader.read();
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Bytes already in memory, as chunks of `size` bytes (views, not copies). */
export async function* bytesChunks(bytes: Uint8Array, size = 65536): AsyncGenerator<Uint8Array, void, undefined> {
  if (!(size >= 1)) throw new RangeError(`bytesChunks: chunk size must be at least 1, got ${size}`);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(i + size, bytes.length));
}

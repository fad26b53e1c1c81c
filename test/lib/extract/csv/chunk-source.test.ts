import {describe, expect, it} from "vitest";
import {ChunkSource} from "../../../../src/lib/extract/csv/chunk-source.js";
import {ExtractError} from "../../../../src/lib/extract/problem.js";

async function* chunks(...parts: unknown[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p as Uint8Array;
}

describe("ChunkSource", () => {
  it("hands out the non-empty chunks in order, then null, counting every byte", async () => {
    const source = new ChunkSource(chunks(Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)), "a.csv");
    expect(await source.pull()).toEqual(Uint8Array.of(1, 2));
    expect(await source.pull()).toEqual(Uint8Array.of(3));
    expect(await source.pull()).toBeNull();
    expect(source.bytesRead).toBe(3);
  });

  it("turns a failing source and a source of something other than bytes into an ExtractError naming the file", async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield Uint8Array.of(1);
      throw new Error("EIO: i/o error");
    }
    const broken = new ChunkSource(failing(), "a.csv");
    await broken.pull();
    const error = await broken.pull().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect(error).toMatchObject({message: "a.csv: could not read the file: EIO: i/o error", problem: {file: "a.csv", line: 1, code: "unreadable"}});
    await expect(new ChunkSource(chunks("text"), "a.csv").pull()).rejects.toThrow("a.csv: could not read the file: the source gave string instead of bytes");
  });

  it("closes the source once, early, and never throws from closing", async () => {
    let returned = 0;
    const iterable: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({
        next: async () => ({done: false, value: Uint8Array.of(1)}),
        return: async () => {
          returned++;
          throw new Error("cannot close");
        }
      })
    };
    const source = new ChunkSource(iterable, "a.csv");
    await source.pull();
    await source.close();
    await source.close();
    expect(returned).toBe(1);
  });
});

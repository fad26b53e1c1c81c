/**
 * A map from strings to non-negative whole numbers (lines, group numbers) for a million keys: open
 * addressing over typed arrays, so a probe compares a stored 32-bit hash before it ever touches a
 * string, and growing copies flat arrays. Used where a `Map<string, number>` of every row's id was
 * the largest cost of reading an extract (the unique-key rule, grouping decisions by case).
 */
export class StringIndex {
  private hashes: Int32Array;
  private values: Int32Array;
  private keys: (string | undefined)[];
  private mask: number;
  /** 32 minus log2 of the table size: the first slot is the top bits of a multiplicative mix. */
  private shift: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }

  /** FNV-1a over the UTF-16 code units, never 0 (0 marks an empty slot). */
  private static hash(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h === 0 ? 1 : h;
  }

  private slot(key: string, h: number): number {
    const mask = this.mask;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const stored = this.hashes[i]!;
      if (stored === 0 || (stored === h && this.keys[i] === key)) return i;
      i = (i + 1) & mask;
    }
  }

  /** The number stored for `key`, or -1. */
  get(key: string): number {
    const i = this.slot(key, StringIndex.hash(key));
    return this.hashes[i] === 0 ? -1 : this.values[i]!;
  }

  /** Stores `value` (≥ 0) for `key`. */
  set(key: string, value: number): void {
    if ((this.count + 1) * 2 > this.hashes.length) this.grow();
    const h = StringIndex.hash(key);
    const i = this.slot(key, h);
    if (this.hashes[i] === 0) {
      this.hashes[i] = h;
      this.keys[i] = key;
      this.count++;
    }
    this.values[i] = value;
  }

  /** Keys and numbers in no particular order. */
  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.hashes.length; i++) if (this.hashes[i] !== 0) yield [this.keys[i]!, this.values[i]!];
  }

  private grow(): void {
    const {hashes, values, keys} = this;
    const size = hashes.length * 2;
    this.hashes = new Int32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j]!;
      if (h === 0) continue;
      let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
      while (this.hashes[i] !== 0) i = (i + 1) & this.mask;
      this.hashes[i] = h;
      this.keys[i] = keys[j];
      this.values[i] = values[j]!;
    }
  }
}

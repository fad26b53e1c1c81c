/**
 * The extract's fingerprint: one SHA-256 over the bytes of every input file, so a reader can tell whether two reports
 * were made from the same extract. Pure (no node:*): the data loader reads the files, this hashes them.
 */
import {sha256} from "@noble/hashes/sha2.js";
import {bytesToHex, utf8ToBytes} from "@noble/hashes/utils.js";

/** One input file: its name in the extract folder and its bytes (null when the folder lacks it). */
export interface FingerprintFile {
  name: string;
  bytes: Uint8Array | null;
}

/**
 * SHA-256 (hex, 64 characters) over the files sorted by name. Each file enters as its name, its length (or "absent")
 * and its bytes, so moving bytes from one file to the next, renaming a file or removing one changes the fingerprint;
 * the same bytes under the same names always give the same one, whatever order the files are given in.
 */
export function extractFingerprint(files: readonly FingerprintFile[], createHash: () => Sha256 = nobleSha256): string {
  const hash = createHash();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(utf8ToBytes(`\u0000${file.name}\u0000${file.bytes === null ? "absent" : String(file.bytes.length)}\u0000`));
    if (file.bytes !== null) hash.update(file.bytes);
  }
  return hash.hex();
}

/**
 * An incremental SHA-256. The default is @noble/hashes (runs in a page); the data loader passes Node's native one,
 * which hashes a 150 MB extract about ten times faster. Both give the same digest.
 */
export interface Sha256 {
  update(bytes: Uint8Array): void;
  hex(): string;
}

function nobleSha256(): Sha256 {
  const hash = sha256.create();
  return {update: (bytes) => void hash.update(bytes), hex: () => bytesToHex(hash.digest())};
}

/** The first 12 hex digits, grouped in threes ("3f2a 9c0 …" is harder to read aloud than "3f2-a9c-01b-77e"). */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 12).match(/.{1,3}/g) ?? []).join("-");
}

/**
 * Windows-1252 decoding that is right everywhere.
 *
 * Node.js since 20.18.3 / 22.13.0 decodes "windows-1252" as ISO-8859-1 (bytes 0x80–0x9F become C1
 * control characters instead of €, ‚, ’, “, ”, –, —, Š, Ž, Ÿ …): nodejs/node#56542, #60888. Browsers
 * follow the WHATWG Encoding Standard. So the decoded text is corrected with the standard's table
 * for that range, which is a no-op where the platform is right; without the label at all (a Node
 * build without ICU data) a plain byte → code point mapping is used and corrected the same way.
 */

/** WHATWG index-windows-1252 for bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D map to themselves). */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
].map((c) => String.fromCharCode(c));

const C1 = /[\u0080-\u009f]/g;

function fixHighControls(text: string): string {
  return text.replace(C1, (c) => HIGH_CONTROLS[c.charCodeAt(0) - 0x80]!);
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  }
  return out;
}

/** A function decoding Windows-1252 bytes as the WHATWG Encoding Standard does. */
export function windows1252Decoder(): (bytes: Uint8Array) => string {
  let decoder: TextDecoder | null = null;
  try {
    decoder = new TextDecoder("windows-1252");
  } catch {
    decoder = null;
  }
  return (bytes) => fixHighControls(decoder === null ? latin1(bytes) : decoder.decode(bytes));
}

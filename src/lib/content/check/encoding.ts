/**
 * Which Unicode encoding a content file was saved in. Editors' tools (Notepad,
 * Word's "Unicode text") sometimes save UTF-16; read as UTF-8 such a file is
 * a NUL between every letter. The check names the encoding once instead.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** Bytes looked at when there is no BOM: enough for the front matter's ASCII field names. */
const SAMPLE = 4096;

/**
 * The encoding of `bytes`: by its BOM, else by where the NUL bytes of ASCII text fall
 * (x 0 in UTF-16LE, 0 x in UTF-16BE, x 0 0 0 / 0 0 0 x in UTF-32). UTF-8 (with or
 * without BOM) and anything unrecognised give 'utf-8'. A stray NUL in a UTF-8 file
 * does not make it UTF-16: the pattern must hold for most of the sample.
 */
export function detectTextEncoding(bytes: Uint8Array): TextEncoding {
  const b = bytes;
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';

  const n = Math.min(b.length, SAMPLE) & ~3;
  if (n < 4) return 'utf-8';
  // NUL bytes counted by their position modulo 4.
  const nuls = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) nuls[i % 4]!++;
  const total = nuls[0]! + nuls[1]! + nuls[2]! + nuls[3]!;
  if (total < 2) return 'utf-8';
  const quads = n / 4;
  const mostly = (count: number) => count >= quads * 0.9;
  const often = (count: number) => count >= quads * 0.3;
  const rarely = (count: number) => count <= quads * 0.05;
  // UTF-32: the two high bytes of every BMP character are zero.
  if (mostly(nuls[2]!) && mostly(nuls[3]!) && rarely(nuls[0]!)) return 'utf-32le';
  if (mostly(nuls[0]!) && mostly(nuls[1]!) && rarely(nuls[3]!)) return 'utf-32be';
  // UTF-16: ASCII (field names, digits, spaces, most Vietnamese letters' base) has a zero high byte.
  const even = nuls[0]! + nuls[2]!;
  const odd = nuls[1]! + nuls[3]!;
  if (often(odd / 2) && rarely(even / 2)) return 'utf-16le';
  if (often(even / 2) && rarely(odd / 2)) return 'utf-16be';
  return 'utf-8';
}

const NAMES: Record<Exclude<TextEncoding, 'utf-8'>, string> = {
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32',
  'utf-32be': 'UTF-32 (big-endian)',
};

/** The one problem reported for a file that is not UTF-8, in Vietnamese. */
export const encodingMessage = (encoding: Exclude<TextEncoding, 'utf-8'>): string =>
  `tệp được lưu bằng bảng mã ${NAMES[encoding]}, nên không đọc được; hãy lưu lại bằng UTF-8 ` +
  '(Notepad: File → Save As…, ô Encoding chọn UTF-8; VS Code: bấm tên bảng mã ở góc dưới bên phải → Save with Encoding → UTF-8) rồi chạy lại kiểm tra';

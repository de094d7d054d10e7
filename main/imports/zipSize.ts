// How big a zip (an .xlsx) would be unpacked, read from its central directory without unpacking
// anything: the sum of its entries' uncompressed sizes. Null when the bytes are not a zip this can
// read (ExcelJS then says what is wrong).

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

export function unpackedSize(bytes: Buffer): number | null {
  // The end record is in the last 22 bytes plus a comment of at most 65,535.
  const from = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_FILE_HEADER) return null;
    // 0xFFFFFFFF means the size is in a ZIP64 extra field: count it as too big to trust
    const size = bytes.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

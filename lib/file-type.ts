// File types from their bytes, not their names. Only the formats proposals accept
// are recognised; anything else (an executable renamed to .pdf, say) is refused.
export const ACCEPTED_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpeg: "image/jpeg",
} as const;

export type AcceptedType = keyof typeof ACCEPTED_TYPES;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

// DOCX and XLSX are ZIP archives; their first entries name the part that tells
// them apart ("word/..." or "xl/..."). Reading the local file headers is enough.
function officeKind(bytes: Uint8Array): "docx" | "xlsx" | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  for (let entries = 0; entries < 64 && offset + 30 <= bytes.length; entries++) {
    if (view.getUint32(offset, true) !== 0x04034b50) break;
    const compressed = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength));
    if (name.startsWith("word/")) return "docx";
    if (name.startsWith("xl/")) return "xlsx";
    const flags = view.getUint16(offset + 6, true);
    if (flags & 0x08) break; // sizes follow the data: stop rather than guess
    offset += 30 + nameLength + extraLength + compressed;
  }
  return null;
}

export function detectFileType(bytes: Uint8Array): AcceptedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeKind(bytes);
  return null;
}

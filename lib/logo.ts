// Resident logos: PNG, JPEG or SVG in, a small PNG out. Every upload is decoded
// and re-encoded by sharp, so nothing of the original file reaches visitors:
// an SVG is rasterized (its scripts, links and styles never run anywhere), and
// metadata is dropped.
import sharp from "sharp";
import { detectFileType } from "@/lib/file-type";

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const LOGO_SIZE = 256;

export type LogoResult =
  { ok: true; png: Uint8Array; width: number; height: number } | { ok: false; error: "tooLarge" | "badType" | "unreadable" };

function looksLikeSvg(bytes: Uint8Array) {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"));
}

export async function processLogo(bytes: Uint8Array): Promise<LogoResult> {
  if (bytes.byteLength > MAX_LOGO_BYTES) return { ok: false, error: "tooLarge" };
  const type = detectFileType(bytes);
  const svg = !type && looksLikeSvg(bytes);
  if (type !== "png" && type !== "jpeg" && !svg) return { ok: false, error: "badType" };
  try {
    // limitInputPixels guards against decompression bombs; density renders SVG crisply.
    const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000, density: svg ? 144 : undefined })
      .rotate()
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: "inside", withoutEnlargement: !svg })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, png: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    return { ok: false, error: "unreadable" };
  }
}

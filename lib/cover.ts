// News cover photos: PNG or JPEG in, one WebP master out. Like logos
// (lib/logo.ts), every upload is decoded and re-encoded by sharp, so no metadata
// (GPS positions in a phone photo, say) reaches visitors. next/image then cuts
// the master into the AVIF/WebP sizes each screen asks for.
import sharp from "sharp";
import { detectFileType } from "@/lib/file-type";

export const MAX_COVER_BYTES = 8 * 1024 * 1024;
// Large enough for a full-width article header on a 2x phone screen; the
// optimizer never enlarges, so a bigger master would only cost storage.
export const COVER_MAX = { width: 1600, height: 1000 } as const;
// A narrower photo would be blown up on the article page and look blurred.
export const COVER_MIN_WIDTH = 640;

export type CoverError = "tooLarge" | "badType" | "unreadable" | "tooSmall";
export type CoverResult = { ok: true; webp: Uint8Array; width: number; height: number } | { ok: false; error: CoverError };

export async function processCover(bytes: Uint8Array): Promise<CoverResult> {
  if (bytes.byteLength > MAX_COVER_BYTES) return { ok: false, error: "tooLarge" };
  const type = detectFileType(bytes);
  if (type !== "png" && type !== "jpeg") return { ok: false, error: "badType" };
  try {
    // limitInputPixels guards against decompression bombs; rotate() applies the
    // EXIF orientation before the EXIF block is dropped.
    const image = sharp(bytes, { limitInputPixels: 40_000_000 }).rotate();
    const { width = 0, height = 0, orientation = 1 } = await image.metadata();
    const upright = orientation >= 5 ? height : width;
    if (upright < COVER_MIN_WIDTH) return { ok: false, error: "tooSmall" };
    const { data, info } = await image
      .resize(COVER_MAX.width, COVER_MAX.height, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, webp: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    return { ok: false, error: "unreadable" };
  }
}

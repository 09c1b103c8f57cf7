// Cover photos are decoded and re-encoded as one WebP master: resized to fit,
// turned upright, stripped of metadata; too small, wrong or broken files refused.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { COVER_MAX, COVER_MIN_WIDTH, MAX_COVER_BYTES, processCover } from "@/lib/cover";

const jpegOf = (width: number, height: number, withMetadata?: { orientation: number; exif: Record<string, Record<string, string>> }) => {
  const image = sharp({ create: { width, height, channels: 3, background: "#1d4e89" } }).jpeg();
  return (withMetadata ? image.withMetadata(withMetadata) : image).toBuffer();
};

describe("processCover", () => {
  it("shrinks a large photo to fit the master's box, keeping its shape, as WebP", async () => {
    const r = await processCover(new Uint8Array(await jpegOf(4000, 2000)));
    expect(r).toMatchObject({ ok: true, width: COVER_MAX.width, height: COVER_MAX.width / 2 });
    if (r.ok) expect((await sharp(r.webp).metadata()).format).toBe("webp");
  });

  it("never enlarges a photo that already fits", async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(await processCover(new Uint8Array(png))).toMatchObject({ ok: true, width: 800, height: 600 });
  });

  it("drops the camera's metadata and applies its orientation", async () => {
    // Stored 600x1000 and tagged "rotate 90°": a 1000x600 picture once upright.
    const photo = await jpegOf(600, 1000, { orientation: 6, exif: { IFD0: { Copyright: "GPS 53.9N 27.6E" } } });
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const r = await processCover(new Uint8Array(photo));
    expect(r).toMatchObject({ ok: true, width: 1000, height: 600 });
    if (!r.ok) return;
    const out = await sharp(r.webp).metadata();
    expect(out.exif).toBeUndefined();
    expect(Buffer.from(r.webp).includes("GPS")).toBe(false);
  });

  it("refuses a photo too narrow to show without blurring", async () => {
    expect(await processCover(new Uint8Array(await jpegOf(COVER_MIN_WIDTH - 1, 400)))).toEqual({ ok: false, error: "tooSmall" });
    expect((await processCover(new Uint8Array(await jpegOf(COVER_MIN_WIDTH, 400)))).ok).toBe(true);
  });

  it("refuses other types, broken images and oversized files", async () => {
    const svg = new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" width="900" height="500"/>`);
    expect(await processCover(svg)).toEqual({ ok: false, error: "badType" });
    expect(await processCover(new TextEncoder().encode("%PDF-1.4"))).toEqual({ ok: false, error: "badType" });
    expect(await processCover(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toEqual({ ok: false, error: "unreadable" });
    expect(await processCover(new Uint8Array(MAX_COVER_BYTES + 1))).toEqual({ ok: false, error: "tooLarge" });
  });
});

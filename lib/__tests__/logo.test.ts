// Logos are decoded and re-encoded: PNG/JPEG resized, SVG rasterized (scripts
// gone), anything else or anything too large refused.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { LOGO_SIZE, MAX_LOGO_BYTES, processLogo } from "@/lib/logo";

const pngOf = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: "#8a1c1c" } })
    .png()
    .toBuffer();

describe("processLogo", () => {
  it("shrinks a large PNG to fit the logo box", async () => {
    const r = await processLogo(new Uint8Array(await pngOf(1200, 600)));
    expect(r).toMatchObject({ ok: true, width: LOGO_SIZE, height: LOGO_SIZE / 2 });
  });

  it("re-encodes a JPEG as PNG", async () => {
    const jpeg = await sharp({ create: { width: 100, height: 100, channels: 3, background: "#fff" } })
      .jpeg()
      .toBuffer();
    const r = await processLogo(new Uint8Array(jpeg));
    expect(r.ok).toBe(true);
    if (r.ok) expect((await sharp(r.png).metadata()).format).toBe("png");
  });

  it("rasterizes an SVG, so its script is gone", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" onload="alert(1)"><script>alert(2)</script><rect width="100" height="50" fill="red"/></svg>`;
    const r = await processLogo(new TextEncoder().encode(svg));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((await sharp(r.png).metadata()).format).toBe("png");
    expect(Buffer.from(r.png).includes("script")).toBe(false);
  });

  it("refuses other types, broken images and oversized files", async () => {
    expect(await processLogo(Uint8Array.from([0x4d, 0x5a, 0x90, 0]))).toEqual({ ok: false, error: "badType" });
    expect(await processLogo(new TextEncoder().encode("%PDF-1.4"))).toEqual({ ok: false, error: "badType" });
    expect(await processLogo(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))).toEqual({
      ok: false,
      error: "unreadable",
    });
    expect(await processLogo(new Uint8Array(MAX_LOGO_BYTES + 1))).toEqual({ ok: false, error: "tooLarge" });
  });
});

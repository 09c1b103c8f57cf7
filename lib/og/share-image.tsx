// The picture a shared link shows (OpenGraph / Twitter card), one per page type:
// the portal's mark, the kind of page and the park's name. Drawn by next/og at
// request time. Latin text only: the font next/og ships (Geist) has no Cyrillic
// or Han glyphs, and no font download is possible here.
import { ImageResponse } from "next/og";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };
export const SHARE_IMAGE_TYPE = "image/png";

export type PageType = "portal" | "park" | "residents" | "news";

const KICKER: Record<PageType, string> = {
  portal: "Investor portal",
  park: "Facts, incentives and residency",
  residents: "Resident companies",
  news: "Belarus-China cooperation news",
};

export function shareImage(type: PageType) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "#17324d",
        color: "#ffffff",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <div style={{ width: 72, height: 72, borderRadius: 12, background: "#8b1c1c", display: "flex" }} />
        <div style={{ fontSize: 36, letterSpacing: 2 }}>GREAT STONE</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ fontSize: 40, color: "#c9d6e3" }}>{KICKER[type]}</div>
        <div style={{ fontSize: 64, lineHeight: 1.1 }}>China-Belarus Industrial Park “Great Stone”</div>
      </div>
    </div>,
    SHARE_IMAGE_SIZE,
  );
}

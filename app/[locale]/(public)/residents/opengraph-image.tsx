// The share image of this part of the portal (lib/og/share-image.tsx).
import { SHARE_IMAGE_SIZE, SHARE_IMAGE_TYPE, shareImage } from "@/lib/og/share-image";

export const size = SHARE_IMAGE_SIZE;
export const contentType = SHARE_IMAGE_TYPE;
export const alt = "China-Belarus Industrial Park Great Stone";

export default function Image() {
  return shareImage("residents");
}

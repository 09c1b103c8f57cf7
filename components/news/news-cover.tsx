// A news article's cover photo through next/image: the browser picks a width
// from srcset and gets AVIF or WebP re-encoded by sharp (see images in
// next.config.js). Decorative: the headline beside it says what the story is.
import Image from "next/image";
import type { NewsCover as Cover } from "@/lib/data/news";

// The article column is at most 48rem; a card is a third of the page column on desktop.
const SIZES = {
  article: "(min-width: 52rem) 48rem, 100vw",
  card: "(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw",
} as const;

export function NewsCover({ cover, use }: { cover: Cover; use: keyof typeof SIZES }) {
  return (
    <Image
      src={cover.src}
      width={cover.width}
      height={cover.height}
      alt=""
      sizes={SIZES[use]}
      // The article's cover is its largest picture: fetched first, not lazily.
      preload={use === "article"}
      className={`news-cover news-cover-${use}`}
    />
  );
}

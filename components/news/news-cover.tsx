// A news article's cover photo through Next's image optimizer: the browser
// picks a width from srcset and gets AVIF or WebP re-encoded by sharp (see
// components/ui/optimized-image.tsx). Decorative: the headline beside it says what the story is.
import { OptimizedImage } from "@/components/ui/optimized-image";
import type { NewsCover as Cover } from "@/lib/data/news";

// The article column is at most 48rem; a card is a third of the page column on desktop.
const SIZES = {
  article: "(min-width: 52rem) 48rem, 100vw",
  card: "(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw",
} as const;

export function NewsCover({ cover, use }: { cover: Cover; use: keyof typeof SIZES }) {
  return (
    <OptimizedImage
      src={cover.src}
      width={cover.width}
      height={cover.height}
      sizes={SIZES[use]}
      preload={use === "article"}
      className={`news-cover news-cover-${use}`}
    />
  );
}

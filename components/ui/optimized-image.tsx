// next/image's output without its client component: the <img> with srcset and
// sizes that point at Next's image optimizer (sharp re-encodes into AVIF or
// WebP at each width; see images in next.config.js). Importing "next/image"
// itself ships its client component (about 6 kB gzipped) to every page that
// imports it, even when nothing on the page needs it in the browser; a plain
// server-rendered <img> needs no JavaScript, which keeps the public pages'
// route budget (bench). The module below is what next/image's own
// getImageProps() is; it is imported directly because "next/image" re-exports
// it beside the client component.
import { getImageProps } from "next/dist/shared/lib/image-external-get-image-props";

type Props = {
  src: string;
  width: number;
  height: number;
  sizes?: string;
  className?: string;
  /** The page's largest picture: fetched first rather than lazily. */
  preload?: boolean;
};

export function OptimizedImage({ src, width, height, sizes, className, preload = false }: Props) {
  const { props } = getImageProps({ src, width, height, sizes, alt: "", loading: preload ? "eager" : "lazy" });
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- next/image's own props, alt="" included (decorative beside its caption)
  return <img {...props} className={className} fetchPriority={preload ? "high" : undefined} />;
}

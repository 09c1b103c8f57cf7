import { OptimizedImage } from "@/components/ui/optimized-image";

// A resident's logo when staff uploaded one, otherwise a monogram of its name
// (the first letters of its first two words, or the first two characters of a
// name in Chinese): decorative beside the name, so hidden from screen readers.
const monogram = (name: string) => {
  const words = name
    .replace(/[«»"“”()（）]/g, " ")
    .split(/[\s–-]+/)
    .filter(Boolean);
  if (/^[\p{Script=Han}]/u.test(words[0] ?? "")) return [...words[0]].slice(0, 2).join("");
  return words
    .slice(0, 2)
    .map((w) => [...w][0])
    .join("")
    .toUpperCase();
};

/** `size`: 44 px on a card, 64 px on the resident's page; the optimizer serves 1x–3x in AVIF or WebP. */
export function ResidentMark({ name, logoUrl, size = 44 }: { name: string; logoUrl: string | null; size?: 44 | 64 }) {
  if (logoUrl) return <OptimizedImage src={logoUrl} width={size} height={size} className={`resident-mark resident-mark-${size}`} />;
  return (
    <span className={`resident-mark resident-mark-${size} resident-monogram`} aria-hidden="true">
      {monogram(name)}
    </span>
  );
}

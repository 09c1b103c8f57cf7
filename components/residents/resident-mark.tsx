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

export function ResidentMark({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  if (logoUrl)
    // eslint-disable-next-line @next/next/no-img-element -- a small PNG the app re-encoded (lib/logo.ts), already sized
    return <img src={logoUrl} alt="" width={44} height={44} className="resident-mark" />;
  return (
    <span className="resident-mark resident-monogram" aria-hidden="true">
      {monogram(name)}
    </span>
  );
}

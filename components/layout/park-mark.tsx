// The portal's mark, drawn by the project: a great stone (the park's name, from
// the village of Velikiy Kamen) resting on a ground line, with the two partners'
// colours — Belarus's red and green, China's red and gold — in its facets.
// Decorative beside the portal's name, so hidden from assistive technology.
export function ParkMark({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false" className="park-mark">
      <rect width="48" height="48" rx="10" fill="#8a1c1c" />
      <path d="M9 35 L15 19 L25 12 L35 17 L40 35 Z" fill="#f6f1e4" />
      <path d="M15 19 L25 12 L24 26 Z" fill="#e7c766" />
      <path d="M24 26 L35 17 L40 35 Z" fill="#d8cfb8" />
      <path d="M9 35 L15 19 L24 26 Z" fill="#ebe3cf" />
      <path d="M7 37 H41" stroke="#2f6b3a" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

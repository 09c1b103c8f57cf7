// Where an inner page sits: Home › Residents › MAZ-Weichai. The same trail feeds
// the page's BreadcrumbList JSON-LD (lib/structured-data.ts), so the two agree.
export type Crumb = { name: string; path: string };

export function Breadcrumbs({ label, trail }: { label: string; trail: Crumb[] }) {
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {trail.map((c, i) => (
          <li key={c.path}>{i < trail.length - 1 ? <a href={c.path}>{c.name}</a> : <span aria-current="page">{c.name}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

// A link to where a fact comes from; opens the original, tells no referrer.
export function SourceLink({ title, url }: { title: string; url: string }) {
  return (
    <a href={url} rel="noopener noreferrer external" target="_blank" className="source-link">
      {title}
    </a>
  );
}

// Structured data for search engines (lib/structured-data.ts), one script per object.
import { jsonForScript } from "@/lib/structured-data";

export function JsonLd({ data }: { data: object[] }) {
  return (
    <>
      {data.map((d, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(d) }} />
      ))}
    </>
  );
}

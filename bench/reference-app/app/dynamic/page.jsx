// Rendered on every request, no data: the framework's ceiling for a dynamic page.
export const dynamic = "force-dynamic";

export default function DynamicReference() {
  return <p>Rendered at {new Date().toISOString()}</p>;
}

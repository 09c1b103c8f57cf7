// Prerendered at build time: the framework's ceiling for a cached page.
export default function StaticReference() {
  return <p>Hello from a prerendered page.</p>;
}

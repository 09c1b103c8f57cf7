// Paths outside any locale that the proxy did not redirect (rare): a plain 404.
import Link from "next/link";
import "./styles.css";

export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main className="container">
          <h1>Page not found</h1>
          <p>
            <Link href="/">Great Stone Investor Portal</Link>
          </p>
        </main>
      </body>
    </html>
  );
}

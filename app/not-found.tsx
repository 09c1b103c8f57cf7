// Paths outside any locale that the proxy did not redirect (rare): a plain 404.
import "./globals.css";

export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main className="container">
          <h1>Page not found</h1>
          <p>
            <a href="/">Great Stone Investor Portal</a>
          </p>
        </main>
      </body>
    </html>
  );
}

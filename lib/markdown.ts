// News bodies are Markdown, rendered on the server by a maintained pipeline:
// remark (parse) → rehype (HTML tree) → rehype-sanitize with GitHub's allow-list
// → HTML string. Raw HTML in the Markdown is not parsed at all (remark-rehype
// drops it), and the sanitizer removes scripts, styles, event handlers and
// javascript:/data: URLs whatever reaches it.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";

const schema = {
  ...defaultSchema,
  // No ids from authors (they could clash with the page's own landmarks).
  clobberPrefix: "md-",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["https"] },
};

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

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

type MdNode = { type: string; value?: string; url?: string; children?: MdNode[] };

// The sanitizer's protocol lists (schema above), as the preview checks them; an
// address with no protocol (relative, #anchor) is kept.
const KEPT_ADDRESS = { link: /^(https?:|mailto:|[^:]*$)/i, image: /^(https:|[^:]*$)/i };
const SNIPPET_LENGTH = 80;

/**
 * What an author wrote that readers will not get: raw HTML (not parsed at all)
 * and links or images whose address the sanitizer removes (javascript:, data:…).
 * Shown in the editor's preview, so nothing is dropped silently.
 */
export function droppedFromMarkdown(markdown: string): string[] {
  const dropped: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === "html" && node.value?.trim()) dropped.push(node.value.trim());
    if ((node.type === "link" || node.type === "image") && node.url && !KEPT_ADDRESS[node.type].test(node.url.trim()))
      dropped.push(node.url);
    node.children?.forEach(walk);
  };
  walk(processor.parse(markdown) as MdNode);
  return [...new Set(dropped.map((d) => (d.length > SNIPPET_LENGTH ? `${d.slice(0, SNIPPET_LENGTH)}…` : d)))];
}

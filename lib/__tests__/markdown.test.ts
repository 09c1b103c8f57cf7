// The Markdown pipeline against a hostile corpus: nothing executable survives.
import { describe, expect, it } from "vitest";
import { droppedFromMarkdown, renderMarkdown } from "@/lib/markdown";

const HOSTILE = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![img](javascript:alert(1))",
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  "<style>body{display:none}</style>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<form action="https://evil.example"><input name=a></form>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<object data="x.swf"></object><embed src="x.swf">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
];

describe("renderMarkdown", () => {
  it("keeps ordinary Markdown", () => {
    expect(renderMarkdown("First **bold** [park](https://en.industrialpark.by)\n\nSecond")).toBe(
      '<p>First <strong>bold</strong> <a href="https://en.industrialpark.by">park</a></p>\n<p>Second</p>',
    );
  });

  it.each(HOSTILE)("renders %s inert", (payload) => {
    const html = renderMarkdown(`Before\n\n${payload}\n\nAfter`).toLowerCase();
    expect(html).not.toMatch(/<script|<style|<iframe|<object|<embed|<form|<meta|<svg|<math/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/);
    expect(html).not.toMatch(/javascript:|data:text/);
    expect(html).not.toMatch(/style=/);
    expect(html).toContain("<p>before</p>");
    expect(html).toContain("<p>after</p>");
  });
});

describe("droppedFromMarkdown", () => {
  it("lists the raw HTML and the refused addresses the reader will not get", () => {
    const markdown = [
      "Intro with <b>bold</b> and a [fine link](https://example.org) and [an anchor](#facts).",
      '<iframe src="https://evil.example"></iframe>',
      "[click](javascript:alert(1)) ![pic](http://plain.example/a.png) ![ok](https://example.org/a.png)",
    ].join("\n\n");
    expect(droppedFromMarkdown(markdown)).toEqual([
      "<b>",
      "</b>",
      '<iframe src="https://evil.example"></iframe>',
      "javascript:alert(1)",
      "http://plain.example/a.png",
    ]);
  });

  it("finds nothing in ordinary Markdown, and agrees with what renderMarkdown drops", () => {
    expect(droppedFromMarkdown("# Title\n\nText with **bold**, [a link](https://example.org) and `<code>`.")).toEqual([]);
    for (const payload of HOSTILE) expect(droppedFromMarkdown(payload), payload).not.toEqual([]);
  });

  it("shortens a long fragment", () => {
    const [fragment] = droppedFromMarkdown(`<div>${"x".repeat(200)}</div>`);
    expect(fragment).toHaveLength(81);
    expect(fragment.endsWith("…")).toBe(true);
  });
});

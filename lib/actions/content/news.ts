"use server";
// Staff write and publish news; the pages that show an article are revalidated
// at once. The preview renders through the same sanitizing pipeline as readers get.
import { revalidatePath } from "next/cache";
import { saveArticle } from "@/lib/data/news-admin";
import { ok } from "@/lib/data/result";
import { droppedFromMarkdown, renderMarkdown } from "@/lib/markdown";
import { revalidateNews } from "@/lib/revalidate";
import { newOrRecordId } from "@/lib/validations/ids";
import { markdownPreviewSchema, newsEditSchema } from "@/lib/validations/news-admin";
import { defineAction } from "@/lib/actions/define-action";

export const saveArticleAction = defineAction(
  { access: "content:manage", bound: [newOrRecordId], input: newsEditSchema, fields: { slugTaken: "slug" } },
  ({ user, bound: [id], input }) => saveArticle(user, id, input),
  {
    data: ({ id, version }) => ({ id, version }),
    revalidate: ({ slug, tags, previous }) => {
      // An article that moved or changed tags leaves its old pages too.
      if (previous && (previous.slug !== slug || previous.tags.join() !== tags.join())) revalidateNews(previous.slug, previous.tags);
      revalidateNews(slug, tags);
      revalidatePath("/[locale]/staff/news", "page");
    },
  },
);

export const previewMarkdownAction = defineAction(
  { access: "content:manage", input: markdownPreviewSchema },
  async ({ input }) => ok({ html: renderMarkdown(input.markdown), dropped: droppedFromMarkdown(input.markdown) }),
  { data: ({ html, dropped }) => ({ html, dropped }) },
);

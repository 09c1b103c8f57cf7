// On-demand revalidation after staff edits: exactly the pages that show the
// changed record, in every locale, so a publish is visible on the next request
// (nginx in front adds at most its 10 s s-maxage, see deploy/nginx-portal.conf).
import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { RESIDENTS_TAG } from "@/lib/data/residents";
import { locales } from "@/lib/i18n/routing";

/** A resident's own page, the home page (featured residents) and the directory's country list. */
export function revalidateResident(slug: string) {
  revalidateTag(RESIDENTS_TAG, "max");
  for (const l of locales) {
    revalidatePath(`/${l}/residents/${slug}`);
    revalidatePath(`/${l}`);
  }
}

/** Park figures appear on the home page (key figures) and the park page (series). */
export function revalidateFigures() {
  for (const l of locales) {
    revalidatePath(`/${l}`);
    revalidatePath(`/${l}/park`);
  }
}

/** An article's page, every news list that may show it (paged lists included), its feed and the home page. */
export function revalidateNews(slug: string, tags: readonly string[]) {
  for (const l of locales) {
    revalidatePath(`/${l}`);
    revalidatePath(`/${l}/news`);
    revalidatePath(`/${l}/news/${slug}`);
    revalidatePath(`/${l}/news/feed.xml`);
    for (const tag of tags) revalidatePath(`/${l}/news/tag/${tag}`);
  }
  revalidatePath("/[locale]/news/page/[page]", "page");
  revalidatePath("/[locale]/news/tag/[tag]/page/[page]", "page");
}

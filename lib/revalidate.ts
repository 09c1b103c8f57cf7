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

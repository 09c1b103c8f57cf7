"use client";
// From an approved proposal: create the draft resident listing, then publish it.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "@/components/forms/form-message";
import { announce } from "@/lib/announce";
import { Button } from "@/components/ui/button";

type Props = {
  resident: { slug: string; published: boolean } | null;
  locale: string;
  create: () => Promise<ActionResult>;
  publish: (published: boolean) => Promise<ActionResult>;
};

export function ResidentPanel({ resident, locale, create, publish }: Props) {
  const t = useTranslations("pipeline");
  const tr = useTranslations("residentAdmin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<ActionResult>, doneText: string) =>
    start(async () => {
      setError(null);
      const r = await work().catch((): ActionResult => ({ ok: false, formError: "unexpected" }));
      if (!r.ok) return setError(r.formError ?? "unexpected");
      announce(doneText);
      router.refresh();
    });
  return (
    <section aria-labelledby="resident-title">
      <h2 id="resident-title">{t("residentTitle")}</h2>
      {!resident ? (
        <Button type="button" disabled={pending} onClick={() => run(create, t("residentCreated"))}>
          {t("createResident")}
        </Button>
      ) : (
        <>
          <p>{resident.published ? t("residentPublished", { slug: resident.slug }) : t("residentDraft", { slug: resident.slug })}</p>
          <Button
            type="button"

            disabled={pending}
            onClick={() => run(() => publish(!resident.published), resident.published ? tr("unpublishedDone") : t("residentPublishedDone"))}
          >
            {resident.published ? t("unpublish") : t("publish")}
          </Button>
          {resident.published && (
            <p>
              <a href={`/${locale}/residents/${resident.slug}`}>{t("viewListing")}</a>
            </p>
          )}
        </>
      )}
      <FormMessage error={error} />
    </section>
  );
}

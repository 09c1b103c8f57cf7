"use client";
// From an approved proposal: create the draft resident listing, then publish it.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "@/components/forms/form-message";

type Props = {
  resident: { slug: string; published: boolean } | null;
  locale: string;
  create: () => Promise<ActionResult>;
  publish: (published: boolean) => Promise<ActionResult>;
};

export function ResidentPanel({ resident, locale, create, publish }: Props) {
  const t = useTranslations("pipeline");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<ActionResult>) =>
    start(async () => {
      const r = await work();
      if (r.ok) router.refresh();
      else setError(r.formError ?? "unexpected");
    });
  return (
    <section aria-labelledby="resident-title">
      <h2 id="resident-title">{t("residentTitle")}</h2>
      {!resident ? (
        <button type="button" className="button" disabled={pending} onClick={() => run(create)}>
          {t("createResident")}
        </button>
      ) : (
        <>
          <p>{resident.published ? t("residentPublished", { slug: resident.slug }) : t("residentDraft", { slug: resident.slug })}</p>
          <button type="button" className="button" disabled={pending} onClick={() => run(() => publish(!resident.published))}>
            {resident.published ? t("unpublish") : t("publish")}
          </button>
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

"use client";
// Publish or unpublish a listing, and delete it after typing its slug.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteResidentAction, setResidentPublishedAction } from "@/lib/actions/content/residents";
import { FormMessage } from "@/components/forms/form-message";
import { announce } from "@/lib/announce";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function ResidentPublishControls({
  id,
  slug,
  published,
  locale,
  listHref,
}: {
  id: string;
  slug: string;
  published: boolean;
  locale: string;
  listHref: string;
}) {
  const t = useTranslations("residentAdmin");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState("");
  const [confirmError, setConfirmError] = useState<string | null>(null);
  return (
    <Card as="section" aria-labelledby="publish-title">
      <h2 id="publish-title">{published ? t("published") : t("draft")}</h2>
      <Button
        type="button"

        disabled={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const r = await setResidentPublishedAction(id, !published);
            if (!r.ok) return setError(r.formError ?? "unexpected");
            announce(published ? t("unpublishedDone") : t("publishedDone"));
            router.refresh();
          })
        }
      >
        {published ? t("unpublish") : t("publish")}
      </Button>
      {published && (
        <p>
          <a href={`/${locale}/residents/${slug}`}>{t("view")}</a>
        </p>
      )}
      <FormMessage error={error} />
      <h3>{t("deleteTitle")}</h3>
      <p className="hint">{t("deleteHint", { slug })}</p>
      <div className="field">
        <label htmlFor="confirm-slug">{t("confirm")}</label>
        <input
          id="confirm-slug"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "confirm-error" : undefined}
        />
        {confirmError && (
          <p id="confirm-error" className="field-error">
            {tv(confirmError as "notConfirmed")}
          </p>
        )}
      </div>
      <Button
        type="button"
        variant="danger"
        disabled={pending || !confirm}
        onClick={() =>
          start(async () => {
            const r = await deleteResidentAction(id, confirm);
            if (r.ok) router.push(listHref);
            else if (r.fieldErrors?.confirm) setConfirmError(r.fieldErrors.confirm);
            else setError(r.formError ?? "unexpected");
          })
        }
      >
        {t("delete")}
      </Button>
    </Card>
  );
}

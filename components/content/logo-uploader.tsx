"use client";
// Uploads a resident's logo (PNG, JPEG or SVG, at most 2 MB); the server
// re-encodes it as a small PNG.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { FilePicker } from "@/components/forms/file-picker";
import { announce } from "@/lib/announce";

export function LogoUploader({ residentId, logoUrl }: { residentId: string; logoUrl: string | null }) {
  const t = useTranslations("residentAdmin");
  const tf = useTranslations("forms");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const response = await fetch(`/api/staff/residents/${residentId}/logo`, {
      method: "POST",
      body: new FormData(event.currentTarget),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      announce(t("logoSaved"));
      return router.refresh();
    }
    const body = await response?.json().catch(() => null);
    setError(
      body?.error === "tooLarge" ? "logoTooLarge" : body?.error === "badType" || body?.error === "unreadable" ? "logoType" : "uploadFailed",
    );
  }
  return (
    <form onSubmit={upload} className="form">
      <h3>{t("logo")}</h3>
      {logoUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- the processed PNG served by the app
        <img src={logoUrl} alt="" width={96} height={96} className="resident-logo" />
      )}
      <FilePicker
        id="logo-file"
        name="file"
        accept=".png,.jpg,.jpeg,.svg"
        label={t("logoFile")}
        chooseLabel={tf("chooseFile")}
        noneLabel={tf("noFile")}
      />
      <FormMessage error={error} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t("uploadLogo")}
      </button>
    </form>
  );
}

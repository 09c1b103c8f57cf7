"use client";
// Uploads a resident's logo or a news article's cover to the staff image route;
// the server re-encodes it (lib/logo.ts, lib/cover.ts) before anyone sees it.
// Either can be taken off again.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { FilePicker } from "@/components/forms/file-picker";
import { Button } from "@/components/ui/button";
import { announce } from "@/lib/announce";

const KINDS = {
  logo: { namespace: "residentAdmin", accept: ".png,.jpg,.jpeg,.svg", size: { width: 96, height: 96 } },
  cover: { namespace: "newsAdmin", accept: ".png,.jpg,.jpeg", size: { width: 320, height: 180 } },
} as const;

// Refusals from the route, as keys of the "forms" messages.
const ERRORS = {
  logo: { tooLarge: "logoTooLarge", badType: "logoType", unreadable: "logoType" },
  cover: { tooLarge: "coverTooLarge", badType: "coverType", unreadable: "coverType", tooSmall: "coverTooSmall" },
} as const satisfies Record<keyof typeof KINDS, Record<string, string>>;

type Props = { kind: keyof typeof KINDS; endpoint: string; imageUrl: string | null };

export function ImageUploader({ kind, endpoint, imageUrl }: Props) {
  const { namespace, accept, size } = KINDS[kind];
  const t = useTranslations(`${namespace}.image`);
  const tf = useTranslations("forms");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send(init: RequestInit, done: string) {
    setError(null);
    setBusy(true);
    const response = await fetch(endpoint, init).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      announce(done);
      return router.refresh();
    }
    const reason = (await response?.json().catch(() => null))?.error as string | undefined;
    setError((ERRORS[kind] as Record<string, string>)[reason ?? ""] ?? "uploadFailed");
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void send({ method: "POST", body: new FormData(event.currentTarget) }, t("saved"));
      }}
      className="form"
    >
      <h3>{t("heading")}</h3>
      {imageUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- the processed image, private to staff until published
        <img src={imageUrl} alt="" {...size} className={`uploaded-${kind}`} />
      )}
      <FilePicker
        id={`${kind}-file`}
        name="file"
        accept={accept}
        label={t("file")}
        chooseLabel={tf("chooseFile")}
        noneLabel={tf("noFile")}
      />
      <FormMessage error={error} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("upload")}
        </Button>
        {imageUrl && (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => void send({ method: "DELETE" }, t("removed"))}>
            {t("remove")}
          </Button>
        )}
      </div>
    </form>
  );
}

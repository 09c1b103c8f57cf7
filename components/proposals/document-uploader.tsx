"use client";
// Uploads one document at a time with a progress bar (XMLHttpRequest reports
// upload progress; fetch does not). The server checks the type from the bytes.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DOCUMENT_KINDS } from "@/lib/domain";
import { MAX_DOCUMENT_BYTES } from "@/lib/validations/proposal";
import { FormMessage } from "@/components/forms/form-message";
import { FilePicker } from "@/components/forms/file-picker";
import { Button } from "@/components/ui/button";

export function DocumentUploader({ proposalId }: { proposalId: string }) {
  const t = useTranslations("proposals");
  const tf = useTranslations("forms");
  const router = useRouter();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    setError(null);
    setDone(false);
    if (!(file instanceof File) || file.size === 0) return setError("empty");
    if (file.size > MAX_DOCUMENT_BYTES) return setError("tooLarge");
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/proposals/${proposalId}/documents`);
    xhr.upload.onprogress = (e) => e.lengthComputable && setPercent(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setPercent(null);
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText);
        } catch {
          return null;
        }
      })();
      if (xhr.status === 201) {
        setDone(true);
        form.reset();
        router.refresh();
      } else setError(body?.error === "tooLarge" ? "fileTooLarge" : (body?.error ?? "uploadFailed"));
    };
    xhr.onerror = () => {
      setPercent(null);
      setError("uploadFailed");
    };
    xhr.send(data);
  }

  return (
    <form onSubmit={upload} className="form form-upload">
      <div className="field">
        <label htmlFor="doc-kind">{t("documentKind")}</label>
        <select id="doc-kind" name="kind" defaultValue="BUSINESS_PLAN">
          {DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <FilePicker
        id="doc-file"
        name="file"
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
        label={t("file")}
        chooseLabel={tf("chooseFile")}
        noneLabel={tf("noFile")}
      />
      {percent !== null && (
        <progress max={100} value={percent} aria-label={t("uploading", { percent })}>
          {percent}%
        </progress>
      )}
      <FormMessage error={error} success={done ? t("uploaded") : null} />
      <Button type="submit" disabled={percent !== null}>
        {t("upload")}
      </Button>
    </form>
  );
}

"use client";
// A file field whose button and "no file" text are in the reader's language (the
// browser's own "Choose File" is not). The native input stays in the page, out of
// sight but focusable and named by the field's label; the visible button is a
// second label for it, hidden from assistive technology so the name stays one.
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";

type Props = { id: string; name: string; accept: string; label: string; chooseLabel: string; noneLabel: string };

export function FilePicker({ id, name, accept, label, chooseLabel, noneLabel }: Props) {
  const [fileName, setFileName] = useState("");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="file-picker">
        <input
          id={id}
          name={name}
          type="file"
          accept={accept}
          required
          className="file-input"
          onChange={(e) => setFileName(e.currentTarget.files?.[0]?.name ?? "")}
        />
        <label htmlFor={id} className={buttonClass("secondary")} aria-hidden="true">
          {chooseLabel}
        </label>
        <span className="file-name" aria-hidden="true">
          {fileName || noneLabel}
        </span>
      </div>
    </div>
  );
}

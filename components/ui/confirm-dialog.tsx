"use client";
// A modal question before what cannot be undone (deactivating a colleague,
// declining a proposal): the native <dialog>, so focus is trapped, Escape
// cancels and the page behind is inert. `confirm` resolves to the answer.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Question = { title: string; body: string; confirmLabel: string };

export function useConfirmDialog(): { confirm: (question: Question) => Promise<boolean>; dialog: ReactNode } {
  const t = useTranslations("forms");
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [open, setOpen] = useState<(Question & { answer: (yes: boolean) => void }) | null>(null);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
  }, [open]);
  const close = (yes: boolean) => {
    ref.current?.close();
    open?.answer(yes);
    setOpen(null);
  };
  const confirm = (question: Question) => new Promise<boolean>((answer) => setOpen({ ...question, answer }));
  const dialog = (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        close(false);
      }}
    >
      <h2 id={`${id}-title`}>{open?.title}</h2>
      <p id={`${id}-body`}>{open?.body}</p>
      <div className="dialog-actions">
        {/* Focus starts on the safe choice. */}
        <Button type="button" variant="secondary" autoFocus onClick={() => close(false)}>
          {t("cancel")}
        </Button>
        <Button type="button" variant="danger" onClick={() => close(true)}>
          {open?.confirmLabel}
        </Button>
      </div>
    </dialog>
  );
  return { confirm, dialog };
}

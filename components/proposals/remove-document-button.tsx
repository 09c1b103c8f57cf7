"use client";
// Removes a document from a draft.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { removeDocumentAction } from "@/lib/actions/proposals/investor-proposal";

export function RemoveDocumentButton({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      className="link-button"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await removeDocumentAction(id);
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}

"use client";
// "Print": the browser's print dialog; the print stylesheet leaves a one-page summary.
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}

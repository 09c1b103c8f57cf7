// Buttons of the design system; ButtonLink (./button-link.tsx) gives a link the
// same look. This file has no server imports, so client forms can use it.
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger";

const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-control px-4 font-semibold no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent print:hidden";
const VARIANTS: Record<Variant, string> = {
  primary: "border border-accent bg-accent text-bg hover:bg-accent-dark hover:text-bg",
  secondary: "border border-accent bg-bg text-accent hover:bg-card",
  // For what cannot be undone (deactivating an account, deleting a listing).
  danger: "border border-danger-fg bg-danger-fg text-bg hover:opacity-90",
};

export type ButtonVariant = Variant;
export const buttonClass = (variant: Variant = "primary") => `${BASE} ${VARIANTS[variant]}`;

// A <button> takes the browser's own smaller font unless told to inherit the page's (a link does by itself).
const INHERIT_FONT = "[font-family:inherit] [font-size:inherit] [line-height:inherit]";

export function Button({ variant, className = "", ...rest }: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={`${buttonClass(variant)} ${INHERIT_FONT} cursor-pointer disabled:opacity-60 ${className}`} {...rest} />;
}

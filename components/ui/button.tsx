// Buttons and button-looking links of the design system, one look for both.
import type { ComponentProps } from "react";
import { LocaleLink } from "./locale-link";

type Variant = "primary" | "secondary";

const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-control px-4 font-semibold no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";
const VARIANTS: Record<Variant, string> = {
  primary: "bg-accent text-bg hover:bg-accent-dark hover:text-bg",
  secondary: "border border-accent bg-bg text-accent hover:bg-card",
};

export const buttonClass = (variant: Variant = "primary") => `${BASE} ${VARIANTS[variant]}`;

export function Button({ variant, className = "", ...rest }: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={`${buttonClass(variant)} cursor-pointer disabled:opacity-60 ${className}`} {...rest} />;
}

export function ButtonLink({ variant, className = "", ...rest }: ComponentProps<typeof LocaleLink> & { variant?: Variant }) {
  return <LocaleLink className={`${buttonClass(variant)} ${className}`} {...rest} />;
}

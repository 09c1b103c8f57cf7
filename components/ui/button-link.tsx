// A link that looks like a button (the page's main action: "New article").
import type { ComponentProps } from "react";
import { LocaleLink } from "./locale-link";
import { buttonClass, type ButtonVariant } from "./button";

export function ButtonLink({ variant, className = "", ...rest }: ComponentProps<typeof LocaleLink> & { variant?: ButtonVariant }) {
  return <LocaleLink className={`${buttonClass(variant)} ${className}`} {...rest} />;
}

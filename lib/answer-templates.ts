// Answer templates: the placeholders staff may use and how they are filled.
// A template is refused at save when it names anything else (a typo such as
// {investorname} would otherwise reach an investor as is).
export const TEMPLATE_PLACEHOLDERS = ["investorName", "investorCompany", "inquirySubject", "dueDate", "staffName"] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

const TOKEN = /\{([^{}]*)\}/g;

/** The names written between braces, in order of appearance. */
export const placeholdersIn = (text: string) => [...text.matchAll(TOKEN)].map((m) => m[1]);

/** Placeholders the portal cannot fill, and braces that do not pair up. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = placeholdersIn(text).filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
  const stray = text.replace(TOKEN, "").match(/[{}]/g) ?? [];
  return [...new Set([...unknown.map((n) => `{${n}}`), ...stray])];
}

/** The template with each placeholder replaced by its value. */
export function fillTemplate(text: string, values: Record<TemplatePlaceholder, string>): string {
  return text.replace(TOKEN, (whole, name: string) => (name in values ? values[name as TemplatePlaceholder] : whole));
}

// A link into the portal in the reader's locale, resolved on the server.
// next-intl's own Link is a client component that needs a client-side intl
// context; computing the path here keeps public pages free of that context and
// of the extra client JavaScript.
import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import { getPathname, type Href } from "@/lib/i18n/navigation";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href };

export async function LocaleLink({ href, ...rest }: Props) {
  const locale = await getLocale();
  return <NextLink href={getPathname({ href, locale })} {...rest} />;
}

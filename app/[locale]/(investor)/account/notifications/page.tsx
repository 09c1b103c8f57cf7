import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { listNotifications } from "@/lib/data/notifications";
import { requireUser } from "@/lib/session";
import { NotificationText } from "@/components/notifications/notification-text";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "notifications" });
  return { title: t("title") };
}

export default async function NotificationsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/notifications`);
  const [t, items] = await Promise.all([getTranslations("notifications"), listNotifications(user)]);
  return (
    <>
      <PageHeader title={t("title")} />
      {items.some((n) => !n.readAt) && <MarkAllReadButton label={t("markAllRead")} />}
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="notifications">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? "read" : "unread"}>
              {!n.readAt && <Badge>{t("unreadLabel")}</Badge>}{" "}
              <Link href={n.href}>
                <NotificationText kind={n.kind} params={n.params} />
              </Link>{" "}
              <time className="muted" dateTime={n.createdAt.toISOString()}>
                <MinskTime date={n.createdAt} />
              </time>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

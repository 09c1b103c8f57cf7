// A thread of messages. Staff see internal notes marked as such; the investor's
// query never returns them in the first place.
import { MinskTime } from "@/components/ui/minsk-time";
import { getTranslations } from "next-intl/server";

type Message = { id: string; kind: "INVESTOR" | "STAFF_REPLY" | "INTERNAL_NOTE"; body: string; createdAt: Date; author: { name: string } };

export async function Thread({ messages, viewer }: { messages: Message[]; viewer: "investor" | "staff" }) {
  const [t, ti] = await Promise.all([getTranslations("inquiries"), getTranslations("inbox")]);
  return (
    <ol className="thread">
      {messages.map((m) => {
        const who =
          m.kind === "INTERNAL_NOTE"
            ? `${ti("internalNote")} · ${m.author.name}`
            : viewer === "investor"
              ? m.kind === "INVESTOR"
                ? t("you")
                : t("staff")
              : m.author.name;
        return (
          <li key={m.id} className={`message message-${m.kind.toLowerCase()}`}>
            <p className="message-meta">
              <strong>{who}</strong> · <MinskTime date={m.createdAt} />
            </p>
            <p className="message-body">{m.body}</p>
          </li>
        );
      })}
    </ol>
  );
}

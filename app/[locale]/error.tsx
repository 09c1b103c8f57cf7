"use client";
// Unexpected failures land here. The catalog is not on the client, so the three
// languages' texts are inlined: small, and it still works when the server does not.
import { useParams } from "next/navigation";
import { Button } from "@/components/ui/button";

const TEXT = {
  en: { title: "Something went wrong", text: "The page could not be shown. Please try again in a moment.", retry: "Try again" },
  ru: { title: "Что-то пошло не так", text: "Страницу не удалось показать. Попробуйте ещё раз через минуту.", retry: "Повторить" },
  zh: { title: "出现错误", text: "页面无法显示，请稍后重试。", retry: "重试" },
};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = TEXT[locale as keyof typeof TEXT] ?? TEXT.en;
  // Rendered in place of the area's layout, so it brings its own <main>.
  return (
    <main id="main" className="container">
      <section className="not-found">
        <h1>{t.title}</h1>
        <p>{t.text}</p>
        <Button type="button" onClick={reset}>
          {t.retry}
        </Button>
      </section>
    </main>
  );
}

// The tabs across the park figures and the incentive calculator's rates, which
// share one entry in the back office's bar.
import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/ui/tabs";
import { figureLinks } from "./area-links";

export async function FigureTabs({ current }: { current: string }) {
  const t = await getTranslations("nav");
  return (
    <Tabs
      label={t("staffFigures")}
      tabs={figureLinks.map((l) => ({ href: l.path as "/staff/figures", label: t(l.key as "staffFigures"), current: l.path === current }))}
    />
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResidentEditor } from "@/components/content/resident-editor";
import { residentFormValues } from "@/components/content/resident-form-values";
import { ResidentPublishControls } from "@/components/content/resident-publish-controls";
import { ImageUploader } from "@/components/content/image-uploader";
import { getResidentForEdit } from "@/lib/data/resident-admin";
import { requirePermission } from "@/lib/session";
import { countryOptions } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "residentAdmin" });
  return { title: t("edit") };
}

export default async function EditResidentPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/residents/${id}`, "content:manage");
  const resident = await getResidentForEdit(user, id);
  if (!resident) notFound();
  const tl = await getTranslations("languages");
  const languageNames = { en: tl("en"), ru: tl("ru"), zh: tl("zh"), de: tl("de") };
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "staff", "/staff/residents")),
          { name: resident.name, path: `/${locale}/staff/residents/${id}` },
        ]}
        title={resident.name}
      />
      <div className="two-columns">
        {/* The editor keeps its own version after each save (the action returns it). */}
        <ResidentEditor
          id={resident.id}
          initial={residentFormValues(resident)}
          languageNames={languageNames}
          editHref={`/${locale}/staff/residents`}
          countries={countryOptions(locale)}
        />
        <aside>
          <ImageUploader
            kind="logo"
            endpoint={`/api/staff/residents/${resident.id}/logo`}
            imageUrl={resident.logoKey ? `/api/staff/residents/${resident.id}/logo?v=${resident.logoKey}` : null}
          />
          <ResidentPublishControls
            id={resident.id}
            slug={resident.slug}
            published={resident.published}
            locale={locale}
            listHref={`/${locale}/staff/residents`}
          />
        </aside>
      </div>
    </>
  );
}

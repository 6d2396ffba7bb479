import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

type Props = { params: Promise<{ locale: string }> };

const SECTIONS = ["s1", "s2", "s3", "s4", "s5", "s6"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-lg">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`}>
          <h2 id={`privacy-${section}`} className="mb-2 mt-8 text-2xl font-bold">
            {t(`sections.${section}.heading`)}
          </h2>
          <p>{t(`sections.${section}.body`)}</p>
        </section>
      ))}
    </>
  );
}

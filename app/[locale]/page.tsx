import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { getPrisma } from "@/lib/db/prisma";
import { formatCalendarDate, formatJapanDateTime } from "@/lib/dates/format-japan-time";
import { summariseProgramme } from "@/lib/programme/summarise-programme";
import { findCurrentRuleSets } from "@/lib/rule-sets/rule-set-store";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { StartLink } from "@/components/ui/start-link";
import { Link } from "@/i18n/navigation";
import { ContactDetails } from "@/components/contact-details";

type Props = { params: Promise<{ locale: string }> };

export default async function ProgrammePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  // Per request: the open/closed state depends on the time, and the rules live in the database.
  await connection();
  const [t, tLayout, tSituations, [ruleSet]] = await Promise.all([
    getTranslations("programme"),
    getTranslations("layout"),
    getTranslations("eligibility.lifeSituations"),
    findCurrentRuleSets(getPrisma()),
  ]);

  if (!ruleSet) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">{tLayout("serviceName")}</h1>
        <p>{t("noEdition")}</p>
      </>
    );
  }

  const summary = summariseProgramme(ruleSet, new Date(), locale);
  const opens = formatJapanDateTime(summary.window.opensAt, locale);
  const closes = formatJapanDateTime(summary.window.closesAt, locale);
  const sectionHeading = "mb-3 mt-10 text-2xl font-bold";

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{tLayout("serviceName")}</h1>
      <p className="mb-6 text-lg">{t("lead", { year: summary.edition })}</p>

      <section aria-labelledby="window-heading" data-testid="window" data-state={summary.window.state}>
        <h2 id="window-heading" className={sectionHeading}>
          {t("window.heading")}
        </h2>
        <p className="border-l-8 border-brand bg-gray-100 p-4 font-bold">
          {t(`window.${summary.window.state}`, { opens, closes, year: summary.edition })}
        </p>
        <p className="mt-2 text-sm text-gray-800">{t("window.timeNote")}</p>
      </section>

      <section aria-labelledby="amounts-heading">
        <h2 id="amounts-heading" className={sectionHeading}>
          {t("amounts.heading")}
        </h2>
        <ul className="mb-3 list-disc pl-6" data-testid="amounts">
          <li>{t("amounts.jhs", { amount: summary.amountsYen.jhs })}</li>
          <li>{t("amounts.hs", { amount: summary.amountsYen.hs })}</li>
        </ul>
        <p>{t("amounts.perChild")}</p>
        <p className="mt-2">
          {summary.places.kind === "total"
            ? t("places.total", { total: summary.places.total })
            : t("places.perKind", { jhs: summary.places.jhs, hs: summary.places.hs })}{" "}
          {t("places.selection")}
        </p>
      </section>

      <section aria-labelledby="who-heading">
        <h2 id="who-heading" className={sectionHeading}>
          {t("who.heading")}
        </h2>
        <p className="mb-3">{t("who.intro")}</p>
        <ol className="list-decimal space-y-3 pl-6">
          <li>
            {t("who.residence", { year: summary.edition })}{" "}
            {summary.hsBornOnOrAfter &&
              t("who.highSchool", { limit: formatCalendarDate(summary.hsBornOnOrAfter, locale) })}{" "}
            {t("who.schools")}
          </li>
          <li>{t("who.income")}</li>
          <li>
            {t("who.situations")}
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {summary.lifeSituations.map((situation) => (
                <li key={situation}>
                  <span className="font-bold">{situation}</span>: {tSituations(situation)}
                </li>
              ))}
            </ul>
          </li>
        </ol>
      </section>

      <section aria-labelledby="start-heading" className="mt-10 rounded-sm border-2 border-gray-300 p-5">
        <h2 id="start-heading" className="mb-3 text-2xl font-bold">
          {t("start.heading")}
        </h2>
        <p className="mb-5">{t("start.body")}</p>
        <StartLink href="/check">{t("start.button")}</StartLink>
        <p className="mt-5">
          {t("start.readyToApply")}{" "}
          <Link href="/apply" className="text-blue-800 underline underline-offset-4">
            {t("start.applyLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading" className={sectionHeading}>
          {t("documents.heading")}
        </h2>
        <h3 className="mb-2 text-lg font-bold">{t("documents.always")}</h3>
        <ul className="mb-4 list-disc pl-6">
          {summary.documents.always.map((document) => (
            <li key={document.id}>{document.label}</li>
          ))}
        </ul>
        {summary.documents.bySituation.map(({ situation, documents }) => (
          <div key={situation}>
            <h3 className="mb-2 text-lg font-bold">{t("documents.situation", { situation })}</h3>
            <ul className="mb-4 list-disc pl-6">
              {documents.map((document) => (
                <li key={document.id}>{document.label}</li>
              ))}
            </ul>
          </div>
        ))}
        {summary.documents.suddenDrop.length > 0 && (
          <>
            <h3 className="mb-2 text-lg font-bold">{t("documents.suddenDrop")}</h3>
            <ul className="mb-4 list-disc pl-6">
              {summary.documents.suddenDrop.map((document) => (
                <li key={document.id}>{document.label}</li>
              ))}
            </ul>
          </>
        )}
        <p className="text-sm text-gray-800">
          {t("documents.later")} {t("documents.sample")}
        </p>
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" className={sectionHeading}>
          {t("privacy.heading")}
        </h2>
        <p className="mb-2">{t("privacy.body")}</p>
        <Link href="/privacy" className="text-blue-800 underline underline-offset-4">
          {t("privacy.link")}
        </Link>
      </section>

      <ContactDetails headingClassName={sectionHeading} />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { Button } from "@/components/form/button";
import { Link } from "@/i18n/navigation";
import { formatCalendarDate, japanCalendarDate } from "@/lib/dates/format-japan-time";
import { getPrisma } from "@/lib/db/prisma";
import { previewResumeLink } from "@/lib/drafts";
import { draftStepPath } from "@/lib/drafts/draft-step-path";
import { currentDraft } from "../../draft-session";
import { goTo } from "../../go-to";
import { redeemResumeLinkAction } from "../actions";

type Props = {
  params: Promise<{ locale: "ja" | "en" }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "resume.link" });
  return { title: t("metaTitle") };
}

const link = "text-blue-800 underline underline-offset-4";

/**
 * Where the emailed resume link lands. Opening it changes nothing (mail scanners and previews
 * open links too): the page asks, and only its Continue button (a POST) uses the link up and
 * opens the draft. When this browser already has another application open, it says so and
 * offers to keep that one: a link someone else sent must never swap a parent's application for
 * theirs unnoticed. A link that no longer works goes to the resume-code page, which says so.
 */
export default async function ResumeLinkPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const now = new Date();
  const preview = await previewResumeLink(getPrisma(), token, now);
  if (!preview) goTo("/apply/resume?expired=1", locale);
  if (preview.status === "submitted") goTo("/apply/resume?submitted=1", locale);
  const open = await currentDraft(now);
  const other = open && !open.submittedAt && open.draftId !== preview.draftId ? open : undefined;
  const t = await getTranslations("resume.link");
  const date = formatCalendarDate(japanCalendarDate(preview.savedAt), locale);

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("title", { date })}</h1>
      <p className="mb-4">{t("intro")}</p>
      <p className="mb-8">{t("notYours")}</p>

      {other && (
        <section aria-labelledby="open-here-heading" className="mb-8 border-l-8 border-yellow-500 bg-yellow-50 p-4">
          <h2 id="open-here-heading" className="mb-2 text-xl font-bold">
            {t("openHereHeading")}
          </h2>
          <p className="mb-3">{t("openHereBody")}</p>
          <p className="mb-2">
            <Link href={draftStepPath(other.currentStep)} className={`${link} font-bold`}>
              {t("keepOpenHere")}
            </Link>
          </p>
          <p>
            <Link href="/apply/save" className={link}>
              {t("codeOfOpenHere")}
            </Link>
          </p>
        </section>
      )}

      <form action={redeemResumeLinkAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <Button type="submit">{other ? t("switch") : t("continue")}</Button>
      </form>
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { ContactDetails } from "@/components/contact-details";
import { Link } from "@/i18n/navigation";
import { findSubmittedReference } from "@/lib/applications/find-submitted-reference";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import { leaveIfQuickExited } from "../../quick-exit-marker";
import { currentDraft } from "../draft-session";
import { goTo } from "../go-to";
import { QuickExitForApply } from "../step-frame";

type Props = { params: Promise<{ locale: "ja" | "en" }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apply.confirmation" });
  return { title: t("title") };
}

/** GOV.UK confirmation page: the reference, what happens next and when, how to get in touch. */
export default async function ConfirmationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  await leaveIfQuickExited(locale);
  const draft = await currentDraft();
  const reference = draft?.submittedAt ? await findSubmittedReference(getPrisma(), draft.draftId) : undefined;
  if (!reference) goTo("/apply", locale);
  const t = await getTranslations("apply.confirmation");

  return (
    <>
      <QuickExitForApply />
      <div className="mb-8 bg-green-800 p-6 text-center text-white">
        <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg">{t("referenceLabel")}</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-wider" data-testid="reference">
          {reference}
        </p>
      </div>
      <p className="mb-3">{t("keep")}</p>
      {/* Without a mail server the confirmation waits in the outbox for staff: promise no email. */}
      {getServerConfig().SMTP_URL && <p className="mb-6">{t("email")}</p>}
      <h2 className="mb-3 text-2xl font-bold">{t("nextHeading")}</h2>
      <ol className="mb-6 list-decimal space-y-2 pl-6">
        <li>{t("next1")}</li>
        <li>{t("next2")}</li>
        <li>{t("next3")}</li>
      </ol>
      <p className="mb-6">
        <Link href="/status" className="text-blue-800 underline underline-offset-4">
          {t("statusLink")}
        </Link>
      </p>
      <ContactDetails />
    </>
  );
}

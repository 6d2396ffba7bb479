import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { findApplicationStatus } from "@/lib/applications/find-application-status";
import { getServerConfig } from "@/lib/config/server-config";
import { getPrisma } from "@/lib/db/prisma";
import type { DocumentIssue } from "@/lib/documents/document-issues";
import { FILES_PER_UPLOAD } from "@/lib/documents/upload-limits";
import { StatusLookup, type StatusLookupProps } from "./status-lookup";
import { outcomeCookiePolicy, statusServices, type StatusOutcome } from "./status-services";
import { buildStatusView } from "./status-view";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "status" });
  return { title: t("title") };
}

// The status page has its own words for two of the upload refusals; the others are the documents step's.
const OWN_ISSUE_KEYS: Partial<Record<DocumentIssue["code"], string>> = {
  closed: "status.upload.closed",
  unknownItem: "status.upload.chooseItem",
};

/** What to show after the upload route's redirect: the status again, and what became of the files. */
async function afterUpload(outcome: StatusOutcome, locale: "ja" | "en"): Promise<StatusLookupProps["initial"]> {
  if (!outcome.lookup) return outcome.notice ? { response: { kind: "notice", notice: outcome.notice } } : {};
  const prisma = getPrisma();
  // The pair was verified by the upload a moment ago: no guess, so no limit.
  const found = await findApplicationStatus(prisma, outcome.lookup);
  if (!found.found) return { response: { kind: "notice", notice: "notFound" } };
  const view = await buildStatusView(prisma, found, outcome.lookup, locale);
  const t = await getTranslations({ locale });
  const { upload } = outcome;
  if (!upload) return { response: { kind: "found", view } };
  const issue = upload.issue;
  return {
    response: { kind: "found", view },
    upload: {
      ...(upload.added > 0 ? { added: t("status.upload.added", { count: upload.added }) } : {}),
      ...(issue
        ? {
            error: {
              item: upload.item ?? "",
              message: t(OWN_ISSUE_KEYS[issue.code] ?? issue.messageKey, issue.params),
            },
          }
        : {}),
    },
  };
}

export default async function StatusPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const language = locale === "en" ? "en" : "ja";
  const token = (await cookies()).get(outcomeCookiePolicy().name)?.value;
  const outcome = token ? await statusServices().outcomes.take(token) : undefined;
  const initial = outcome ? await afterUpload(outcome, language) : {};
  const limits = { maxMegabytes: getServerConfig().MAX_UPLOAD_MB, files: FILES_PER_UPLOAD };
  return <StatusLookup key={token ?? "fresh"} locale={locale} limits={limits} initial={initial} />;
}

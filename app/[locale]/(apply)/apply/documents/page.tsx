import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { fieldIds } from "@/components/form/field-parts";
import { getServerConfig } from "@/lib/config/server-config";
import { DOCUMENT_ISSUE_MESSAGE_KEYS } from "@/lib/documents/document-issues";
import { readDraftDocuments } from "@/lib/documents/read-draft-documents";
import { readDocumentsOutcome } from "@/lib/documents/upload-outcome";
import { requireOpenDraft } from "../draft-session";
import { StepFrame } from "../step-frame";
import { DocumentItem } from "./document-item";
import { SendLaterForm } from "./send-later-form";

const noticeClass = "mb-6 border-l-8 border-green-800 bg-green-50 p-4 font-bold";

type Props = {
  params: Promise<{ locale: "ja" | "en" }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apply" });
  return { title: t("titles.documents") };
}

/**
 * The documents step: per checklist item the household needs, the files added so far and a plain
 * upload form (posted to ./upload, so it works without JavaScript), then "I will send this later"
 * and Continue. Outcomes of uploads come back in the address as codes (see upload-outcome.ts).
 */
export default async function DocumentsStepPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const { draft, ruleSet } = await requireOpenDraft(locale, "/apply");

  const [t, tApply, tRoot] = await Promise.all([
    getTranslations("documentsStep"),
    getTranslations("apply"),
    getTranslations(),
  ]);
  const outcome = readDocumentsOutcome(await searchParams);
  const maxMegabytes = getServerConfig().MAX_UPLOAD_MB;
  const documents = readDraftDocuments(ruleSet, draft.answers);
  const labels = new Map(ruleSet.documents.catalog.map((entry) => [entry.id, entry.label[locale]]));
  const items = documents.items.map((id) => ({ id, label: labels.get(id) ?? id }));

  // The one problem per item to show beside its upload form, and the summary linking to each.
  const itemErrors = new Map<string, string>();
  const summary: SummaryError[] = [];
  if (outcome.error) {
    const message = tRoot(DOCUMENT_ISSUE_MESSAGE_KEYS[outcome.error], { maxMegabytes });
    const item = items.find((entry) => entry.id === outcome.item);
    if (item) itemErrors.set(item.id, message);
    summary.push({
      // An error about no shown item (a stale page) points at the first upload form.
      fieldId: fieldIds(`documents-${(item ?? items[0])?.id ?? ""}`).input,
      message: item ? t("itemError", { item: item.label, message }) : message,
    });
  }
  for (const item of items.filter((entry) => outcome.missing?.includes(entry.id))) {
    const message = t("errors.missing", { item: item.label });
    itemErrors.set(item.id, message);
    summary.push({ fieldId: fieldIds(`documents-${item.id}`).input, message });
  }
  const returnToCheck = outcome.returnToCheck === true;
  // "2 files were added" shows in the item's section, where the page opens after an upload.
  const notice = outcome.added ? t("added", { count: outcome.added }) : outcome.removed ? t("removed") : undefined;
  const noticeItem = notice ? items.find((item) => item.id === outcome.item)?.id : undefined;

  return (
    <StepFrame stepId="documents" returnToCheck={returnToCheck}>
      <ErrorSummary title={tApply("errorSummaryTitle")} errors={summary} attempt={1} />
      {notice && !noticeItem && (
        <p role="status" className={noticeClass}>
          {notice}
        </p>
      )}
      <h1 className="mb-4 text-3xl font-bold">{t("heading")}</h1>
      <p className="mb-4">{t("intro")}</p>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        <li>{t("help.types")}</li>
        <li>{t("help.size", { maxMegabytes })}</li>
        <li>{t("help.photos")}</li>
        <li>{t("help.several")}</li>
        <li>{t("help.later")}</li>
      </ul>
      {items.map((item) => (
        <DocumentItem
          key={item.id}
          locale={locale}
          id={item.id}
          label={item.label}
          files={documents.files.filter((file) => file.checklistItem === item.id)}
          error={itemErrors.get(item.id)}
          notice={item.id === noticeItem ? notice : undefined}
          errorLabel={tApply("errorPrefix")}
          returnQuery={returnToCheck ? "return=check" : ""}
        />
      ))}
      <SendLaterForm
        locale={locale}
        items={items.filter((item) => documents.needed.includes(item.id))}
        sendLater={documents.sendLater}
        returnToCheck={returnToCheck}
      />
    </StepFrame>
  );
}

import { getTranslations } from "next-intl/server";
import { FieldError, fieldIds, groupClass, Hint } from "@/components/form/field-parts";
import { DocumentFileInput } from "@/components/form/document-file-input";
import type { StoredDocumentFile } from "@/lib/applications/steps/documents-step";
import { fileTypeName, formatFileSize } from "@/lib/documents/describe-stored-file";

// What the picker offers: phones show the camera and photo library for these.

const secondaryButton =
  "rounded-sm border-2 border-gray-800 bg-gray-100 px-4 py-2 font-bold text-black shadow-[0_2px_0_#1f2328] hover:bg-gray-200";

interface Props {
  locale: string;
  id: string;
  label: string;
  files: readonly StoredDocumentFile[];
  error?: string;
  errorLabel: string;
  /** What the last upload or removal here did ("2 files were added."). */
  notice?: string;
  /** Query string that keeps "came from Check your answers" on the forms' addresses. */
  returnQuery: string;
}

/** One checklist item: the files already added (each with Remove) and a plain upload form. */
export async function DocumentItem({ locale, id, label, files, error, errorLabel, notice, returnQuery }: Props) {
  const t = await getTranslations("documentsStep");
  const name = `documents-${id}`;
  const ids = fieldIds(name);
  const uploadAction = `/${locale}/apply/documents/upload?item=${id}${returnQuery ? `&${returnQuery}` : ""}`;
  const removeAction = `/${locale}/apply/documents/remove${returnQuery ? `?${returnQuery}` : ""}`;
  return (
    <section id={name} aria-labelledby={`${name}-heading`} className="mb-10 border-t-2 border-gray-300 pt-6">
      <h2 id={`${name}-heading`} className="mb-4 text-xl font-bold">
        {label}
      </h2>
      {notice && (
        <p role="status" className="mb-4 border-l-8 border-green-800 bg-green-50 p-4 font-bold">
          {notice}
        </p>
      )}
      <h3 className="mb-2 font-bold">{t("filesHeading")}</h3>
      {files.length === 0 ? (
        <p className="mb-6 text-gray-700">{t("noFiles")}</p>
      ) : (
        <ul className="mb-6 divide-y divide-gray-300 border-y border-gray-300">
          {files.map((file, index) => (
            <li key={file.storageKey} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {t("fileSummary", {
                  number: index + 1,
                  type: fileTypeName(file.mimeType),
                  size: formatFileSize(file.size, locale),
                })}
              </span>
              <form method="post" action={removeAction}>
                <input type="hidden" name="storageKey" value={file.storageKey} />
                <input type="hidden" name="checklistItem" value={id} />
                <button type="submit" className={secondaryButton}>
                  {t("remove")}
                  <span className="sr-only">{t("removeHidden", { number: index + 1, item: label })}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={uploadAction} encType="multipart/form-data" className={groupClass(!!error)}>
        <input type="hidden" name="checklistItem" value={id} />
        <label htmlFor={ids.input} className="mb-2 block font-bold">
          {t("chooseLabel")}
          <span className="sr-only">{t("chooseHidden", { item: label })}</span>
        </label>
        <Hint id={ids.hint}>{t("chooseHint")}</Hint>
        <FieldError id={ids.error} message={error} label={errorLabel} />
        <DocumentFileInput name={name} error={error} className="mb-4" />
        <button type="submit" className={secondaryButton}>
          {t("upload")}
          <span className="sr-only">{t("uploadHidden", { item: label })}</span>
        </button>
      </form>
    </section>
  );
}

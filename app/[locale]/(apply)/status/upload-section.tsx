import { useTranslations } from "next-intl";
import { FieldError, fieldIds, groupClass, Hint, OptionGroup } from "@/components/form/field-parts";
import { DocumentFileInput } from "@/components/form/document-file-input";
import type { DocumentChoice } from "@/lib/applications/status-document-choices";
import type { StatusView } from "./status-view";

// What the picker offers: phones show the camera and photo library for these.

const secondaryButton =
  "rounded-sm border-2 border-gray-800 bg-gray-100 px-4 py-2 font-bold text-black shadow-[0_2px_0_#1f2328] hover:bg-gray-200";

export interface UploadLimits {
  maxMegabytes: number;
  files: number;
}

/** The refused upload's message and the checklist item it was for ("" when none was chosen). */
export interface UploadError {
  item: string;
  message: string;
}

/** The id of the field an upload error links to: the item's file input, or the choice of item. */
export function uploadFieldId(error: UploadError, view: StatusView): string {
  const perItem = (view.upload?.missing.length ?? 0) > 0;
  if (perItem) return fieldIds(`upload-${error.item}`).input;
  return error.item === "" ? fieldIds("checklistItem").input : fieldIds("upload").input;
}

interface Props {
  locale: string;
  view: StatusView;
  upload: NonNullable<StatusView["upload"]>;
  limits: UploadLimits;
  error?: UploadError;
}

/**
 * Where the parent sends what staff asked for: one plain form per missing document (or one form
 * with a choice of document when none is known to be missing). The forms post to the upload
 * route without JavaScript; the verified pair rides along in hidden fields, never in an address.
 */
export function UploadSection({ locale, view, upload, limits, error }: Props) {
  const t = useTranslations("status.upload");
  const perItem = upload.missing.length > 0;
  return (
    <section aria-labelledby="upload-heading" className="mt-10 border-t-2 border-gray-300 pt-6">
      <h2 id="upload-heading" className="mb-4 text-2xl font-bold">
        {t("heading")}
      </h2>
      {perItem ? (
        <>
          <p className="mb-2">{t("missingIntro")}</p>
          <ul className="mb-6 list-disc pl-6">
            {upload.missing.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
          {upload.missing.map((item) => (
            <UploadForm
              key={item.id}
              name={`upload-${item.id}`}
              locale={locale}
              view={view}
              limits={limits}
              item={item}
              error={error?.item === item.id ? error.message : undefined}
            />
          ))}
        </>
      ) : (
        <>
          <p className="mb-6">{t("chooseIntro")}</p>
          <UploadForm
            name="upload"
            locale={locale}
            view={view}
            limits={limits}
            choices={upload.choices}
            chosen={error?.item}
            choiceError={error?.item === "" ? error.message : undefined}
            error={error && error.item !== "" ? error.message : undefined}
          />
        </>
      )}
    </section>
  );
}

interface FormProps {
  name: string;
  locale: string;
  view: StatusView;
  limits: UploadLimits;
  /** The one document this form sends… */
  item?: DocumentChoice;
  /** …or the documents to choose from. */
  choices?: DocumentChoice[];
  chosen?: string;
  choiceError?: string;
  error?: string;
}

function UploadForm({ name, locale, view, limits, item, choices, chosen, choiceError, error }: FormProps) {
  const t = useTranslations("status");
  const ids = fieldIds(name);
  return (
    <form method="post" action={`/${locale}/status/upload`} encType="multipart/form-data" className="mb-8">
      <input type="hidden" name="referenceNumber" value={view.referenceNumber} />
      <input type="hidden" name="birthDate" value={view.birthDate} />
      {item && <input type="hidden" name="checklistItem" value={item.id} />}
      {choices && (
        <OptionGroup
          name="checklistItem"
          legend={t("upload.itemLegend")}
          error={choiceError}
          errorLabel={t("errorPrefix")}
        >
          {choices.map((choice, index) => {
            const id = index === 0 ? fieldIds("checklistItem").input : `${fieldIds("checklistItem").input}-${index}`;
            return (
              <div key={choice.id} className="flex items-start gap-3">
                <input
                  id={id}
                  type="radio"
                  name="checklistItem"
                  value={choice.id}
                  defaultChecked={chosen === choice.id}
                  className="mt-0.5 size-8 shrink-0 accent-black"
                />
                <label htmlFor={id} className="pt-1">
                  {choice.label}
                </label>
              </div>
            );
          })}
        </OptionGroup>
      )}
      <div className={groupClass(!!error)}>
        <label htmlFor={ids.input} className="mb-2 block font-bold">
          {t("upload.fileLabel")}
          {item && <span className="sr-only"> ({item.label})</span>}
        </label>
        <Hint id={ids.hint}>{t("upload.fileHint", { maxMegabytes: limits.maxMegabytes, files: limits.files })}</Hint>
        <FieldError id={ids.error} message={error} label={t("errorPrefix")} />
        <DocumentFileInput name={name} error={error} />
      </div>
      <button type="submit" className={secondaryButton}>
        {t("upload.submit")}
        {item && <span className="sr-only"> ({item.label})</span>}
      </button>
    </form>
  );
}

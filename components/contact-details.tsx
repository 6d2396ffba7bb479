import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { getServerConfig } from "@/lib/config/server-config";
import { contactLines } from "@/lib/programme/contact-lines";

interface Props {
  /** Classes of the section's heading (an h2), to match the page it sits on. */
  headingClassName?: string;
}

/**
 * "Contact us" with the charity's configured phone, email and hours (each only when set). With
 * none configured it renders nothing: an empty "Contact us" helps nobody. For the programme and
 * confirmation pages.
 */
export async function ContactDetails({ headingClassName = "mb-3 mt-10 text-2xl font-bold" }: Props) {
  const lines = contactLines(getServerConfig());
  if (lines.length === 0) return null;
  const t = await getTranslations("contact");
  return (
    <section aria-labelledby="contact-heading" data-testid="contact-details">
      <h2 id="contact-heading" className={headingClassName}>
        {t("heading")}
      </h2>
      <p className="mb-3">{t("intro")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {lines.map((line) => (
          <Fragment key={line.kind}>
            <dt className="font-bold">{t(line.kind)}</dt>
            <dd>
              {line.href ? (
                <a href={line.href} className="text-blue-800 underline underline-offset-4">
                  {line.text}
                </a>
              ) : (
                line.text
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

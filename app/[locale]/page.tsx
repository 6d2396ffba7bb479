import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { getPrisma } from "@/lib/db/prisma";
import { listEditions } from "@/lib/editions/list-editions";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Rendered per request: editions change in the database, and the build has no database.
  await connection();
  const [t, editions] = await Promise.all([getTranslations("home"), listEditions(getPrisma())]);

  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("heading")}</h1>
      <p className="mb-8 text-lg">{t("lead")}</p>
      <section aria-labelledby="editions-heading">
        <h2 id="editions-heading" className="mb-3 text-2xl font-bold">
          {t("editionsHeading")}
        </h2>
        {editions.length === 0 ? (
          <p>{t("noEditions")}</p>
        ) : (
          <ul className="list-disc pl-6" data-testid="editions">
            {editions.map((edition) => (
              <li key={edition.year}>{t("editionItem", { year: edition.year })}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  const meta = useTranslations("meta");
  return (
    <>
      {/* A not-found page below the root cannot export metadata; React puts this title in the head. */}
      <title>{`${t("title")} | ${meta("title")}`}</title>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <Link href="/" className="text-blue-800 underline underline-offset-4">
        {t("home")}
      </Link>
    </>
  );
}

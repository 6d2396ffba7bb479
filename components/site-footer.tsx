import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("layout.footer");
  return (
    <footer className="mt-16 border-t border-gray-300 bg-gray-100">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-gray-800">{t("note")}</div>
    </footer>
  );
}

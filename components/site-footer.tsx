import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("layout.footer");
  const tStatus = useTranslations("status");
  return (
    <footer className="mt-16 border-t border-gray-300 bg-gray-100">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-gray-800">
        <p className="mb-2">
          <Link href="/status" className="text-blue-800 underline underline-offset-4">
            {tStatus("footerLink")}
          </Link>
        </p>
        {t("note")}
      </div>
    </footer>
  );
}

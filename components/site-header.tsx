import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const t = useTranslations("layout");
  return (
    <header className="border-b-8 border-brand bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <p className="text-sm text-gray-700">{t("organisation")}</p>
          <Link href="/" className="text-lg font-bold no-underline hover:underline">
            {t("serviceName")}
          </Link>
        </div>
        {/* useSearchParams needs a Suspense boundary so pages can still be rendered statically. */}
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
      </div>
    </header>
  );
}

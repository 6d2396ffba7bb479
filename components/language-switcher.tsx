"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the same page in each other language, keeping the path and query. */
export function LanguageSwitcher() {
  const t = useTranslations("layout");
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());

  return (
    <nav aria-label={t("languageSwitcher.label")}>
      <ul className="flex gap-4">
        {routing.locales.map((target) =>
          target === locale ? (
            <li key={target}>
              <span aria-current="true" lang={target} className="font-bold">
                <span className="sr-only">{t("languageSwitcher.current")}: </span>
                {t(`languageNames.${target}`)}
              </span>
            </li>
          ) : (
            <li key={target}>
              <Link
                href={{ pathname, query }}
                locale={target}
                lang={target}
                hrefLang={target}
                className="underline underline-offset-4 hover:decoration-2"
              >
                {t(`languageNames.${target}`)}
              </Link>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

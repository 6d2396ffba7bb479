"use client";

import { useTranslations } from "next-intl";
import { QuickExit } from "@/components/form/quick-exit";
import { ServiceProblem, ServiceProblemLink } from "@/components/service-problem";
import { usePathname } from "@/i18n/navigation";

type Area = "submit" | "confirmation" | "application" | "quickCheck" | "status";

function areaOf(pathname: string): Area {
  if (pathname === "/apply/check") return "submit";
  if (pathname === "/apply/confirmation") return "confirmation";
  if (pathname === "/apply" || pathname.startsWith("/apply/")) return "application";
  if (pathname === "/check") return "quickCheck";
  return "status";
}

/**
 * A failure in the application, the quick check or the status page. It says what the failure
 * means for the family (what is kept; on the check page, whether the application was sent) and,
 * in the application and the quick check, keeps the quick exit: the error page cannot tell how
 * far someone got or what a resumed draft holds, and an exit that hides the page harms no one.
 */
export default function ApplyError({ retry }: { retry: () => void }) {
  const t = useTranslations("errors");
  const area = areaOf(usePathname());
  const statusLink = <ServiceProblemLink href="/status">{t("status")}</ServiceProblemLink>;
  return (
    <ServiceProblem
      retry={retry}
      top={
        area === "status" ? undefined : (
          <QuickExit label={t("quickExit.button")} shortcutHint={t("quickExit.shortcut")} />
        )
      }
      links={area === "submit" || area === "confirmation" ? statusLink : undefined}
    >
      {area === "submit" && (
        <>
          <p className="mb-4 text-lg font-bold">{t("notSent")}</p>
          <p className="mb-4">{t("ifSent")}</p>
        </>
      )}
      {area === "confirmation" && <p className="mb-4 text-lg font-bold">{t("maybeSent")}</p>}
      {area === "application" && <p className="mb-4">{t("answersSaved")}</p>}
    </ServiceProblem>
  );
}

import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { QuickExit } from "@/components/form/quick-exit";
import { Link } from "@/i18n/navigation";
import type { ApplicationStepId } from "@/lib/applications/steps/application-steps";
import { previousStepId, STEP_COUNT, STEP_SLUGS, stepNumber } from "@/lib/applications/steps/step-order";

// From the life-situations page on (it names domestic violence), every page offers a quick exit.
export const QUICK_EXIT_FROM_STEP = stepNumber("situations");

export function stepHref(id: ApplicationStepId, returnToCheck = false): string {
  return `/apply/${STEP_SLUGS[id]}${returnToCheck ? "?return=check" : ""}`;
}

interface Props {
  stepId: ApplicationStepId;
  /** Came from "Check your answers": back and Continue return there. */
  returnToCheck: boolean;
  children: ReactNode;
}

/** What every question page of the application shares: back link, quick exit, progress, save for later. */
export async function StepFrame({ stepId, returnToCheck, children }: Props) {
  const t = await getTranslations("apply");
  const previous = previousStepId(stepId);
  const backHref = returnToCheck ? "/apply/check" : previous ? stepHref(previous) : "/apply";
  const number = stepNumber(stepId);
  return (
    <>
      {number >= QUICK_EXIT_FROM_STEP && <QuickExitForApply />}
      <Link
        href={backHref}
        className="mb-6 inline-flex min-h-11 items-center gap-1 text-blue-800 underline underline-offset-4"
      >
        <span aria-hidden="true">‹</span> {t("back")}
      </Link>
      <p className="mb-2 text-gray-700">{t("progress", { current: number, total: STEP_COUNT })}</p>
      {children}
      <p className="mt-10 border-t border-gray-300 pt-6">
        <Link href="/apply/save" className="text-blue-800 underline underline-offset-4">
          {t("saveForLater")}
        </Link>
      </p>
    </>
  );
}

export async function QuickExitForApply() {
  const t = await getTranslations("apply.quickExit");
  return <QuickExit label={t("button")} shortcutHint={t("shortcut")} />;
}

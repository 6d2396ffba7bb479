import { getTranslations } from "next-intl/server";
import { formatJapanDateTime } from "@/lib/dates/format-japan-time";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { windowStateAt } from "@/lib/eligibility/window-state";

/**
 * Says when the window is not open, by the server's clock: before it opens and after it closes
 * the form can still be read and saved, but not sent.
 */
export async function WindowNotice({ ruleSet, locale, now }: { ruleSet: RuleSet; locale: "ja" | "en"; now: Date }) {
  const t = await getTranslations("apply.window");
  const opensAt = new Date(ruleSet.window.opensAt);
  const closesAt = new Date(ruleSet.window.closesAt);
  const state = windowStateAt(opensAt.getTime(), closesAt.getTime(), now.getTime());
  const dates = { opens: formatJapanDateTime(opensAt, locale), closes: formatJapanDateTime(closesAt, locale) };
  return (
    <p
      data-testid="window-notice"
      data-state={state}
      className={`mb-6 border-l-8 p-4 ${state === "open" ? "border-blue-800 bg-blue-50" : "border-yellow-500 bg-yellow-50 font-bold"}`}
    >
      {t(state, dates)}
    </p>
  );
}

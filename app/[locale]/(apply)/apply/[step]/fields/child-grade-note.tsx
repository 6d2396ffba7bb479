"use client";

import { useTranslations } from "next-intl";
import { useWatch, type Control, type FieldValues } from "react-hook-form";
import { isValidCalendarDate } from "@/lib/school-year/calendar-date";
import { gradeEnteredInApril } from "@/lib/school-year/grade-entered";

/**
 * The school year a child of this birth date enters in April, worked out as the parent types:
 * a slip in the year shows at once as the wrong school, before the parent chooses one.
 */
export function ChildGradeNote({
  control,
  index,
  edition,
}: {
  control: Control<FieldValues>;
  index: number;
  edition: number;
}) {
  const t = useTranslations("apply.steps.children");
  const date = useWatch({ control, name: `children.${index}.birthDate` }) as
    { year?: string; month?: string; day?: string } | undefined;
  const [year, month, day] = [date?.year, date?.month, date?.day].map((part) =>
    Number(
      String(part ?? "")
        .normalize("NFKC")
        .trim() || NaN,
    ),
  );
  if (year === undefined || month === undefined || day === undefined || !isValidCalendarDate(year, month, day)) {
    return null;
  }
  const grade = gradeEnteredInApril({ year, month, day }, edition);
  const text =
    grade.stage === "jhs" && grade.grade === 1
      ? t("gradeJhs", { year: edition })
      : grade.stage === "hs" && grade.grade === 1
        ? t("gradeHs", { year: edition })
        : t("gradeOther", { year: edition });
  return (
    <p className="-mt-4 mb-8 border-l-4 border-blue-800 bg-blue-50 p-3" aria-live="polite">
      {text}
    </p>
  );
}

import { z } from "zod";
import { SCHOOL_KINDS, SCHOOL_TYPES } from "@/lib/eligibility/school-types";
import { personNameSchema } from "@/lib/names/person-name-schema";
import { calendarDate, yesNo } from "./field-schemas";

export const MAX_CHILDREN = 10;

const firstTimeHighSchool = yesNo("errors.firstTimeHighSchool");

const childSchema = z
  .object(
    {
      ...personNameSchema.shape,
      birthDate: calendarDate("errors.childBirthDate", 1990, 2100),
      schoolKind: z.enum(SCHOOL_KINDS, { error: "errors.schoolKind" }),
      schoolType: z.enum(SCHOOL_TYPES, { error: "errors.schoolType" }),
      /** Asked for high school only; an answer left over from before the kind was changed is dropped. */
      firstTimeHighSchool: z.unknown().optional(),
    },
    { error: "invalid" },
  )
  .transform((child, ctx) => {
    if (child.schoolKind === "jhs") return { ...child, firstTimeHighSchool: null };
    const answer = firstTimeHighSchool.safeParse(child.firstTimeHighSchool);
    if (answer.success) return { ...child, firstTimeHighSchool: answer.data };
    ctx.issues.push({
      code: "custom",
      path: ["firstTimeHighSchool"],
      message: "errors.firstTimeHighSchool",
      input: child.firstTimeHighSchool,
    });
    return z.NEVER;
  });

/** Each child entering the first year of junior high or high school in April. */
export const childrenStep = z.object({
  children: z
    .array(childSchema, { error: "errors.children" })
    .min(1, { error: "errors.children" })
    .max(MAX_CHILDREN, { error: "errors.tooManyChildren" }),
});

export type ChildrenStep = z.output<typeof childrenStep>;
export type ApplicationChildAnswers = ChildrenStep["children"][number];

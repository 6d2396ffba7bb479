import { z } from "zod";
import { textLine } from "./field-schemas";

const LINE_KEYS = { tooLong: "errors.textTooLong", characters: "errors.textCharacters" } as const;

/**
 * Who fills in the form: the guardian, or a supporter (a caseworker, a shelter or school staff
 * member) applying on the guardian's behalf, who then names their organisation and relationship.
 */
export const applicantStep = z.object({
  applicant: z.discriminatedUnion(
    "role",
    [
      z.object({ role: z.literal("guardian") }),
      z.object({
        role: z.literal("supporter"),
        organisation: textLine({ required: "errors.organisationRequired", ...LINE_KEYS }, 100),
        relationship: textLine({ required: "errors.relationshipRequired", ...LINE_KEYS }, 100),
      }),
    ],
    { error: "errors.applicantRole" },
  ),
});

export type ApplicantStep = z.output<typeof applicantStep>;

import { z } from "zod";
import { emailAddressSchema, phoneNumberSchema } from "@/lib/contact/contact-schemas";
import { personNameSchema } from "@/lib/names/person-name-schema";
import { calendarDate } from "./field-schemas";

/**
 * The guardian. Any personal number is accepted as "mobile": some parents have only a 050 or a
 * landline number, and a caseworker can still call them back on it (lib/contact refuses numbers
 * that reach a service, not a person).
 */
export const guardianStep = z.object({
  guardian: z.object(
    {
      ...personNameSchema.shape,
      birthDate: calendarDate("errors.guardianBirthDate", 1900, 2100),
      email: emailAddressSchema,
      mobile: phoneNumberSchema,
    },
    { error: "invalid" },
  ),
});

export type GuardianStep = z.output<typeof guardianStep>;

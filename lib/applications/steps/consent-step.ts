import { z } from "zod";

// Only an explicit true (a ticked box posts "yes") is consent; anything else is not.
function agreed(key: string) {
  return z.unknown().transform((value, ctx): true => {
    if (value === true || value === "yes") return true;
    ctx.issues.push({ code: "custom", message: key, input: value });
    return z.NEVER;
  });
}

/** Consent to the privacy notice and to the use of the data; both are needed to apply. */
export const consentStep = z.object({
  consent: z.object(
    {
      privacy: agreed("errors.privacyConsent"),
      dataUse: agreed("errors.dataUseConsent"),
    },
    { error: "errors.privacyConsent" },
  ),
});

export type ConsentStep = z.output<typeof consentStep>;

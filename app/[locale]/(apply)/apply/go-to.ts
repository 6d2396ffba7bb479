import { redirect } from "next/navigation";
import { getPathname } from "@/i18n/navigation";

/**
 * Redirects to a page of the site in the given language. next-intl's own redirect is not typed
 * as ending the function, which would leave every caller to repeat the narrowing it implies.
 */
export function goTo(href: string, locale: string): never {
  redirect(getPathname({ href, locale }));
}

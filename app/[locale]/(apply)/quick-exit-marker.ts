import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { localeOrDefault } from "@/i18n/routing";
import { getServerConfig, quickExitUrl } from "@/lib/config/server-config";
import { cookiePolicy } from "@/lib/http/cookie-policy";

/**
 * For a while after "Exit this page", the form's pages send whoever reaches them again (Back,
 * a restored tab) to the same neutral page, instead of showing a form with the charity's name
 * on it. Short, so that a family coming back on purpose later is not sent away; starting or
 * resuming an application ends it at once.
 */
export const QUICK_EXIT_MARKER_SECONDS = 15 * 60;

export function quickExitMarker() {
  return cookiePolicy("quick-exit");
}

/** Leaves for the neutral page when this browser has just used the quick exit. */
export async function leaveIfQuickExited(locale: string): Promise<void> {
  if ((await cookies()).get(quickExitMarker().name)?.value === "1") {
    redirect(quickExitUrl(getServerConfig(), localeOrDefault(locale)));
  }
}

/** Only in server actions and route handlers. */
export async function markQuickExit(): Promise<void> {
  const { name, ...attributes } = quickExitMarker();
  (await cookies()).set(name, "1", { ...attributes, maxAge: QUICK_EXIT_MARKER_SECONDS });
}

/** Only in server actions and route handlers: the family came back on purpose. */
export async function clearQuickExit(): Promise<void> {
  const { name, ...attributes } = quickExitMarker();
  const jar = await cookies();
  if (jar.has(name)) jar.set(name, "", { ...attributes, maxAge: 0 });
}

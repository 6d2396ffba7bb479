import { localeOrDefault } from "@/i18n/routing";
import { getServerConfig, quickExitUrl } from "@/lib/config/server-config";
import { forgetDraft } from "../apply/draft-session";
import { markQuickExit } from "../quick-exit-marker";

/**
 * Where "Exit this page" goes (a plain link, so it works without JavaScript; the button's script
 * wipes the tab's answers first and comes here with location.replace, so the form leaves the
 * history). It drops this browser's hold on the draft (the draft stays, for its resume code),
 * has the browser clear its cache and this site's storage (the quick check's answers), marks the
 * browser so the form's pages reached again with Back show the neutral page too, and sends it
 * there; the site's Referrer-Policy (same-origin) tells that page nothing of where she came from.
 * A GET that changes something, like a sign-out link: the worst a stranger's link to it can do
 * is close the form in this browser.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOrDefault((await params).locale);
  await forgetDraft();
  await markQuickExit();
  return new Response(null, {
    status: 303,
    headers: {
      Location: quickExitUrl(getServerConfig(), locale),
      "Cache-Control": "no-store",
      "Clear-Site-Data": '"cache", "storage"',
    },
  });
}

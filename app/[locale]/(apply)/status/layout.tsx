import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The status page's form runs in the browser and needs its own texts only. */
export default async function StatusLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ status: messages.status }}>{children}</NextIntlClientProvider>;
}

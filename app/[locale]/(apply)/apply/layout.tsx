import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { ReloadWhenRestored } from "../reload-when-restored";

/**
 * The application's pages get the texts their forms need in the browser. Only these: rule
 * explanations, mail and staff texts stay on the server.
 */
export default async function ApplyLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        apply: messages.apply,
        // Namespaces of the save/resume and documents pages, when their forms run in the browser.
        resume: messages.resume,
        documentsStep: messages.documentsStep,
        eligibility: {
          lifeSituations: messages.eligibility.lifeSituations,
          schoolTypes: messages.eligibility.schoolTypes,
        },
      }}
    >
      <ReloadWhenRestored />
      {children}
    </NextIntlClientProvider>
  );
}

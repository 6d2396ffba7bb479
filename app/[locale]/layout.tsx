import "@fontsource-variable/noto-sans-jp";
import "../globals.css";
import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { routing } from "@/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s | ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Every page renders per request, none at build time: its scripts must carry this response's
  // Content-Security-Policy nonce (proxy.ts), which Next.js can only add while rendering.
  await connection();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "layout" });
  const messages = await getMessages();
  // Client components need only these; the rest (rule explanations, mail, …) stays on the server
  // instead of riding along in every page a parent loads on a phone.
  const clientMessages = {
    layout: messages.layout,
    quickCheck: messages.quickCheck,
    // The error pages (error.tsx) are client components and run when the server could not answer.
    errors: messages.errors,
    eligibility: { lifeSituations: messages.eligibility.lifeSituations, schoolTypes: messages.eligibility.schoolTypes },
  };

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans leading-relaxed">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-[var(--color-focus)] focus:p-2 focus:text-black"
        >
          {t("skipLink")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

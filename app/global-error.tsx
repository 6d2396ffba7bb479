"use client";

import "./globals.css";
import { useParams } from "next/navigation";
import { Button } from "@/components/form/button";
import { GLOBAL_ERROR_TEXT } from "./global-error-text";

/**
 * Shown when the site's layout itself failed, instead of the whole page: its own document, in the
 * language of the address, with no details of the failure.
 */
export default function GlobalError({ retry }: { retry: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const lang = locale === "en" ? "en" : "ja";
  const text = GLOBAL_ERROR_TEXT[lang];
  return (
    <html lang={lang}>
      <body className="bg-white font-sans leading-relaxed">
        <title>{text.title}</title>
        <main className="mx-auto w-full max-w-3xl px-4 py-8">
          <h1 className="mb-4 text-3xl font-bold">{text.title}</h1>
          <p className="mb-6">{text.body}</p>
          <Button type="button" onClick={retry}>
            {text.tryAgain}
          </Button>
          <p className="mt-8">
            {/* A plain link: the router that failed with the layout is not trusted to navigate. */}
            <a href={`/${lang}`} className="text-blue-800 underline underline-offset-4">
              {text.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}

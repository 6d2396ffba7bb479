"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/form/button";
import { Link } from "@/i18n/navigation";

const link = "text-blue-800 underline underline-offset-4";

interface Props {
  /** Fetches and renders the failed page again (Next.js error boundaries' `retry`). */
  retry: () => void;
  /** Shown above the heading (the quick exit). */
  top?: ReactNode;
  /** What this failure means for the person: what was kept, whether the application was sent. */
  children?: ReactNode;
  /** Links after "Try again" (the status page). */
  links?: ReactNode;
}

/**
 * "Sorry, there is a problem with the service" (GOV.UK pattern), translated. It never shows what
 * failed: an error's text can name a database or quote what a family typed.
 */
export function ServiceProblem({ retry, top, children, links }: Props) {
  const t = useTranslations("errors");
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the person's feet: move focus to the news, for screen readers too.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <title>{t("title")}</title>
      {top}
      <h1 ref={heading} tabIndex={-1} className="mb-4 text-3xl font-bold">
        {t("title")}
      </h1>
      {children}
      <p className="mb-6">{t("tryLater")}</p>
      <Button type="button" onClick={retry}>
        {t("tryAgain")}
      </Button>
      <ul className="mt-8 space-y-2">
        {links}
        <li>
          <Link href="/" className={link}>
            {t("home")}
          </Link>
        </li>
      </ul>
    </>
  );
}

/** A link in the list after "Try again". */
export function ServiceProblemLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <li>
      <Link href={href} className={link}>
        {children}
      </Link>
    </li>
  );
}

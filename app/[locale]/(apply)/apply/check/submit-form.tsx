"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/form/button";
import { sendApplication, type SubmitState } from "./actions";

/**
 * The Submit button. While sending it is disabled (a double tap sends once) and says so; a
 * refusal (the window closed meanwhile) appears above it and takes focus.
 */
export function SubmitForm({ locale }: { locale: string }) {
  const t = useTranslations("apply.check");
  const [state, action, pending] = useActionState<SubmitState, FormData>(sendApplication, {});
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
    // Sent: this page (and the form before it) leaves the history, so Back cannot show the answers.
    if (state.sentTo) window.location.replace(state.sentTo);
  }, [state]);
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <div ref={errorRef} tabIndex={-1} role="alert" className="mb-6 border-4 border-red-700 p-4 font-bold">
          {state.error}
        </div>
      )}
      <Button type="submit" disabled={pending || !!state.sentTo} aria-disabled={pending || !!state.sentTo}>
        {pending || state.sentTo ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}

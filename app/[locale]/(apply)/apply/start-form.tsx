"use client";

import { useActionState, useEffect, useRef, useSyncExternalStore } from "react";
import { Button } from "@/components/form/button";
import { answersStore } from "../check/answers-store";
import { startApplication, type StartState } from "./actions";

/**
 * The start button. It posts the quick check's answers from this tab's sessionStorage along,
 * so they carry into the application; without scripts it simply starts an empty one. When too
 * many applications were started, the refusal appears above it and takes focus; the answers
 * stay in the tab for the next try.
 */
export function StartForm({ locale, label, fresh }: { locale: string; label: string; fresh?: boolean }) {
  const quickCheck = useSyncExternalStore(answersStore.subscribe, answersStore.snapshot, () => "");
  const [state, action, pending] = useActionState<StartState, FormData>(startApplication, {});
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
  }, [state]);
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="quickCheck" value={quickCheck} />
      {fresh && <input type="hidden" name="fresh" value="yes" />}
      {state.error && (
        <div ref={errorRef} tabIndex={-1} role="alert" className="mb-6 border-4 border-red-700 p-4 font-bold">
          {state.error}
        </div>
      )}
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {label}
      </Button>
    </form>
  );
}

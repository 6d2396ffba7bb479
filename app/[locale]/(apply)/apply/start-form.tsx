"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/form/button";
import { answersStore } from "../check/answers-store";
import { startApplication } from "./actions";

/**
 * The start button. It posts the quick check's answers from this tab's sessionStorage along,
 * so they carry into the application; without scripts it simply starts an empty one.
 */
export function StartForm({ locale, label, fresh }: { locale: string; label: string; fresh?: boolean }) {
  const quickCheck = useSyncExternalStore(answersStore.subscribe, answersStore.snapshot, () => "");
  return (
    <form action={startApplication}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="quickCheck" value={quickCheck} />
      {fresh && <input type="hidden" name="fresh" value="yes" />}
      <Button type="submit">{label}</Button>
    </form>
  );
}

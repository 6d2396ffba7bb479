import type { QuickCheckAnswers } from "@/lib/quick-check/quick-check-steps";

// sessionStorage, not localStorage: answers about income and violence vanish when the tab closes.
const STORAGE_KEY = "quick-check-answers";
const listeners = new Set<() => void>();

/** A tiny external store over sessionStorage, read with useSyncExternalStore (no render before it exists). */
export const answersStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The stored JSON text: a string, so React can compare snapshots cheaply. */
  snapshot: () => sessionStorage.getItem(STORAGE_KEY) ?? "{}",
  serverSnapshot: () => null,
  save(answers: QuickCheckAnswers) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(answers));
    listeners.forEach((listener) => listener());
  },
  clear() {
    sessionStorage.removeItem(STORAGE_KEY);
    listeners.forEach((listener) => listener());
  },
};

export function parseAnswers(text: string): QuickCheckAnswers {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as QuickCheckAnswers) : {};
  } catch {
    return {};
  }
}

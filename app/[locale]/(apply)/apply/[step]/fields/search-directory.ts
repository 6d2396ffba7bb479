import type { DirectoryEntry } from "@/lib/banks/bank-directory";

export type { DirectoryEntry };

export type DirectoryAnswer =
  { kind: "results"; results: DirectoryEntry[]; more: boolean } | { kind: "limited" } | { kind: "failed" };

function isEntry(value: unknown): value is DirectoryEntry {
  if (typeof value !== "object" || value === null) return false;
  const { code, name, kana } = value as Record<string, unknown>;
  return typeof code === "string" && typeof name === "string" && typeof kana === "string";
}

/** Where the form searches banks, or one bank's branches (app/api/v1/banks). */
export function directoryUrl(query: string, bankCode?: string): string {
  const base = bankCode === undefined ? "/api/v1/banks" : `/api/v1/banks/${encodeURIComponent(bankCode)}/branches`;
  return `${base}?q=${encodeURIComponent(query)}`;
}

/** Asks the server's bank directory; the browser never loads the directory itself. */
export async function searchDirectory(url: string, signal?: AbortSignal): Promise<DirectoryAnswer> {
  try {
    const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
    if (response.status === 429) return { kind: "limited" };
    if (!response.ok) return { kind: "failed" };
    const body: unknown = await response.json();
    const { results, more } = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    if (!Array.isArray(results) || !results.every(isEntry)) return { kind: "failed" };
    return { kind: "results", results, more: more === true };
  } catch {
    return { kind: "failed" };
  }
}

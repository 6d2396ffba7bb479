import type { ValidationIssue } from "@/lib/eligibility/validation-issues";
import { loadBankDirectory, type DirectoryEntry, type IndexedEntry } from "./bank-directory";
import { dropBankSuffix, dropBranchSuffix, queryKeys } from "./search-key";

export type { DirectoryEntry } from "./bank-directory";

export interface SearchOptions {
  /** At most this many results; 20 unless given, never more than 100. */
  readonly limit?: number;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

// Lower is better: the exact code, then codes starting with the digits typed, then names that are
// the query, start with it, or contain it.
const EXACT_CODE = 0;
const CODE_PREFIX = 1;
const EXACT_NAME = 2;
const NAME_PREFIX = 3;
const NAME_CONTAINS = 4;

function rankOf(candidate: IndexedEntry, digits: string | undefined, keys: readonly string[]): number | undefined {
  if (digits !== undefined) {
    if (candidate.entry.code === digits) return EXACT_CODE;
    return candidate.entry.code.startsWith(digits) ? CODE_PREFIX : undefined;
  }
  let best: number | undefined;
  for (const key of keys) {
    for (const own of candidate.keys) {
      const rank =
        own === key ? EXACT_NAME : own.startsWith(key) ? NAME_PREFIX : own.includes(key) ? NAME_CONTAINS : undefined;
      if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    }
  }
  return best;
}

function search(
  candidates: readonly IndexedEntry[],
  query: string,
  dropSuffixes: (key: string) => string,
  options: SearchOptions,
): DirectoryEntry[] {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const typed = query.normalize("NFKC").replace(/\s/gu, "");
  if (typed === "") return [];
  const digits = /^\d+$/.test(typed) ? typed : undefined;
  const keys = digits === undefined ? queryKeys(query, dropSuffixes) : [];
  const ranked: { rank: number; entry: DirectoryEntry }[] = [];
  for (const candidate of candidates) {
    const rank = rankOf(candidate, digits, keys);
    if (rank !== undefined) ranked.push({ rank, entry: candidate.entry });
  }
  // Candidates come in code order and the sort is stable, so equal ranks stay in code order.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((match) => match.entry);
}

/**
 * Banks by code (digits: "0001", "00") or by name or reading in kanji, hiragana, katakana or
 * romaji ("みずほ", "ミズホ", "mizuho", "三菱UFJ銀行"), best matches first.
 */
export async function searchBanks(query: string, options: SearchOptions = {}): Promise<DirectoryEntry[]> {
  const directory = await loadBankDirectory();
  return search(directory.banks, query, dropBankSuffix, options);
}

/** A bank's branches by code ("001") or by name or reading ("東京", "とうきょう"); [] for an unknown bank. */
export async function searchBranches(
  bankCode: string,
  query: string,
  options: SearchOptions = {},
): Promise<DirectoryEntry[]> {
  const directory = await loadBankDirectory();
  return search(directory.branches(bankCode), query, dropBranchSuffix, options);
}

export async function findBank(code: string): Promise<DirectoryEntry | undefined> {
  return (await loadBankDirectory()).bank(code)?.entry;
}

export async function findBranch(bankCode: string, branchCode: string): Promise<DirectoryEntry | undefined> {
  const directory = await loadBankDirectory();
  return directory.branches(bankCode).find((branch) => branch.entry.code === branchCode)?.entry;
}

/**
 * The server-side check the schema cannot make: does the chosen bank, and that bank's branch,
 * exist in the directory? Issues use the paths "bankCode" and "branchCode".
 */
export async function checkBankAndBranch(bankCode: string, branchCode: string): Promise<readonly ValidationIssue[]> {
  if (!(await findBank(bankCode))) return [{ path: "bankCode", messageKey: "bank.bankNotFound" }];
  if (!(await findBranch(bankCode, branchCode))) return [{ path: "branchCode", messageKey: "bank.branchNotFound" }];
  return [];
}

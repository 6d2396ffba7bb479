import type { ZenginBankRecord, ZenginNamedRecord } from "zengin-code";
import { toSearchKey } from "./search-key";

/** A bank or a branch as the form shows it. */
export interface DirectoryEntry {
  /** 4 digits for a bank, 3 for a branch. */
  readonly code: string;
  /** As zengin-code has it, made half-width where it has full-width latin ("三菱UFJ", "PayPay"). */
  readonly name: string;
  /** The 全銀 reading in full-width katakana, e.g. "ミツビシユ－エフジエイ". */
  readonly kana: string;
}

export interface IndexedEntry {
  readonly entry: DirectoryEntry;
  /** toSearchKey of the name, the kana and the romaji. */
  readonly keys: readonly string[];
}

export interface BankDirectory {
  /** Every bank, in code order. */
  readonly banks: readonly IndexedEntry[];
  bank(code: string): IndexedEntry | undefined;
  /** A bank's branches in code order; [] for an unknown bank. */
  branches(bankCode: string): readonly IndexedEntry[];
}

function indexed(record: ZenginNamedRecord): IndexedEntry {
  return {
    entry: { code: record.code, name: record.name.normalize("NFKC"), kana: record.kana },
    keys: [...new Set([toSearchKey(record.name), toSearchKey(record.kana), toSearchKey(record.roma)])],
  };
}

function byCode(a: IndexedEntry, b: IndexedEntry): number {
  return a.entry.code < b.entry.code ? -1 : a.entry.code > b.entry.code ? 1 : 0;
}

function buildDirectory(records: Readonly<Record<string, ZenginBankRecord>>): BankDirectory {
  const banks = Object.values(records).map(indexed).sort(byCode);
  const bankByCode = new Map(banks.map((bank) => [bank.entry.code, bank]));
  // 29,000 branches: each bank's list is built the first time someone picks that bank.
  const branchLists = new Map<string, readonly IndexedEntry[]>();
  return {
    banks,
    bank: (code) => bankByCode.get(code),
    branches(bankCode) {
      let list = branchLists.get(bankCode);
      if (!list) {
        const record = Object.hasOwn(records, bankCode) ? records[bankCode] : undefined;
        list = record ? Object.values(record.branches).map(indexed).sort(byCode) : [];
        branchLists.set(bankCode, list);
      }
      return list;
    },
  };
}

let loading: Promise<BankDirectory> | undefined;

/**
 * The bank and branch directory of zengin-code, loaded on first use. The data is a 5 MB module
 * inside the package (no network access): importing it lazily keeps it out of start-up and out of
 * any page that never searches banks. Use it on the server; the form asks through an API.
 */
export function loadBankDirectory(): Promise<BankDirectory> {
  loading ??= import("zengin-code").then(
    (module) => buildDirectory(module.default),
    (error: unknown) => {
      loading = undefined; // let the next search try again
      throw error;
    },
  );
  return loading;
}

import { isBankCode } from "@/lib/banks/parse-directory-query";
import { findBank, searchBranches } from "@/lib/banks/search-banks";
import { answerDirectorySearch, refuseDirectorySearch } from "../../directory-search";

/**
 * GET /api/v1/banks/0001/branches?q=東京 — one bank's branches by name, reading or code, best
 * first, in the same shape as the bank search. 404 for a bank the directory does not have.
 */
export async function GET(request: Request, { params }: { params: Promise<{ bankCode: string }> }) {
  const { bankCode } = await params;
  if (!isBankCode(bankCode) || !(await findBank(bankCode))) return refuseDirectorySearch(404, "bank_not_found");
  return answerDirectorySearch(request, (query, limit) => searchBranches(bankCode, query, { limit }));
}

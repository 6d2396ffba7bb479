import { searchBanks } from "@/lib/banks/search-banks";
import { answerDirectorySearch } from "./directory-search";

/**
 * GET /api/v1/banks?q=みずほ — banks by name or reading (kanji, kana, romaji) or by code, best
 * first: { results: [{ code, name, kana }], more }. 400 without q or with q over 40 characters.
 */
export async function GET(request: Request) {
  return answerDirectorySearch(request, (query, limit) => searchBanks(query, { limit }));
}

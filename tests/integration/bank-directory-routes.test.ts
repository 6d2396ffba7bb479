import { describe, expect, it } from "vitest";
import { GET as getBranches } from "@/app/api/v1/banks/[bankCode]/branches/route";
import { GET as getBanks } from "@/app/api/v1/banks/route";
import { pointAppAtTestDatabase } from "./support/app-database";

// The routes' limit is counted in the database.
pointAppAtTestDatabase();

const request = (path: string, address = "192.0.2.1") =>
  new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": address } });
const branchesOf = (bankCode: string, query: string, address?: string) =>
  getBranches(request(`/api/v1/banks/${bankCode}/branches?q=${encodeURIComponent(query)}`, address), {
    params: Promise.resolve({ bankCode }),
  });

describe("GET /api/v1/banks", () => {
  it("finds banks by romaji, kana and code, as cacheable JSON", async () => {
    const response = await getBanks(request("/api/v1/banks?q=mizuho"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("public");
    const body = await response.json();
    expect(body.results[0]).toEqual({ code: "0001", name: "みずほ", kana: "ミズホ" });
    expect(body.more).toBe(false);
    expect(
      (await (await getBanks(request("/api/v1/banks?q=%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91"))).json()).results,
    ).toEqual([{ code: "0001", name: "みずほ", kana: "ミズホ" }]);
  });

  it("gives at most 20 results and says when there are more", async () => {
    const body = await (await getBanks(request("/api/v1/banks?q=0"))).json();
    expect(body.results).toHaveLength(20);
    expect(body.more).toBe(true);
  });

  it("refuses a missing or overlong query", async () => {
    const missing = await getBanks(request("/api/v1/banks"));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: "query_required" });
    const long = await getBanks(request(`/api/v1/banks?q=${"a".repeat(41)}`));
    expect(long.status).toBe(400);
    expect(await long.json()).toEqual({ error: "query_too_long" });
  });

  it("slows down one client that searches too much", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await getBanks(request("/api/v1/banks?q=0001", "192.0.2.99"))).status);
    expect(statuses.slice(0, 120).every((status) => status === 200)).toBe(true);
    expect(statuses[120]).toBe(429);
    expect((await getBanks(request("/api/v1/banks?q=0001", "192.0.2.100"))).status).toBe(200);
  });
});

describe("GET /api/v1/banks/{code}/branches", () => {
  it("finds a bank's branches by name and by code", async () => {
    const byName = await (await branchesOf("0001", "東京")).json();
    expect(byName.results).toContainEqual({ code: "001", name: "東京営業部", kana: "トウキヨウ" });
    const byCode = await (await branchesOf("0001", "001")).json();
    expect(byCode.results[0]).toMatchObject({ code: "001" });
  });

  it("answers 404 for a bank that does not exist or a malformed code", async () => {
    for (const code of ["0002", "1", "../0001"]) {
      const response = await branchesOf(code, "東京");
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "bank_not_found" });
    }
  });
});

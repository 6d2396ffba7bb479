import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testClientAddress } from "./support/client-address";

const examples = JSON.parse(readFileSync("docs/examples/screenings.json", "utf8")) as unknown[];
const [family, nearTheLine, malformed] = examples;

// Each test is its own client, so the per-client rate limit of one test never affects another.
function post(request: APIRequestContext, body: unknown, options: { lang?: string; client?: string } = {}) {
  return request.post(`/api/v1/screenings${options.lang ? `?lang=${options.lang}` : ""}`, {
    data: body,
    headers: { "x-forwarded-for": options.client ?? testClientAddress() },
  });
}

test.describe("screening API", () => {
  test("screens a household and explains each criterion in English", async ({ request }) => {
    const response = await post(request, family, { lang: "en" });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-language"]).toBe("en");
    const body = await response.json();
    expect(body).toMatchObject({ edition: 2026, ruleSetVersion: 1, usesSampleValues: true });
    expect(
      body.children.map((child: { outcome: string; amountYen: number }) => [child.outcome, child.amountYen]),
    ).toEqual([
      ["eligible", 30000],
      ["eligible", 50000],
    ]);
    expect(body.children[0].criteria).toContainEqual(
      expect.objectContaining({ id: "income", status: "passed", message: expect.stringContaining("¥1,380,000") }),
    );
  });

  test("answers in Japanese from Accept-Language", async ({ request }) => {
    const response = await request.post("/api/v1/screenings", {
      data: nearTheLine,
      headers: { "accept-language": "ja,en;q=0.5", "x-forwarded-for": testClientAddress() },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.locale).toBe("ja");
    expect(body.children[0].outcome).toBe("needs_review");
    expect(body.children[0].summary).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  test("rejects malformed input with 400, naming each field in the requested language", async ({ request }) => {
    const english = await (await post(request, malformed, { lang: "en" })).json();
    const response = await post(request, malformed, { lang: "ja" });
    expect(response.status()).toBe(400);
    const japanese = await response.json();
    const paths = [
      "input.appliedAt",
      "input.householdSize",
      "input.children.0.birthDate",
      "input.children.0.schoolKind",
    ];
    expect(english.issues.map((issue: { path: string }) => issue.path)).toEqual(paths);
    expect(japanese.issues.map((issue: { path: string }) => issue.path)).toEqual(paths);
    expect(english.issues[2].message).toContain("Enter a real date");
    expect(japanese.issues[2].message).not.toEqual(english.issues[2].message);
  });

  test("refuses bodies that are not JSON, too large, or of another type", async ({ request }) => {
    const headers = { "x-forwarded-for": testClientAddress() };
    const notJson = await request.post("/api/v1/screenings?lang=en", {
      data: Buffer.from("{not json"),
      headers: { ...headers, "content-type": "application/json" },
    });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toBe("invalid_json");
    const text = await request.post("/api/v1/screenings", {
      data: "hello",
      headers: { ...headers, "content-type": "text/plain" },
    });
    expect(text.status()).toBe(415);
    const huge = await post(request, { input: { padding: "x".repeat(100 * 1024) } });
    expect(huge.status()).toBe(413);
  });

  test("slows down a client that sends too many screenings", async ({ request }) => {
    const client = testClientAddress();
    const statuses: number[] = [];
    // The e2e server allows 20 a minute per client (SCREENING_RATE_LIMIT_PER_MINUTE in playwright.config.ts).
    for (let i = 0; i < 21; i++) statuses.push((await post(request, family, { client })).status());
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    const refused = await post(request, family, { client, lang: "en" });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused.json()).message).toContain("Too many screenings");
  });

  test("gives the same results as the CLI for the same input", async ({ request }) => {
    const { stdout } = await promisify(execFile)(
      "node_modules/.bin/tsx",
      ["scripts/screen.ts", "docs/examples/screenings.json", "--lang", "en"],
      { env: { ...process.env, DATABASE_URL: "", EMBEDDED_DATABASE_DIR: ".data/e2e/pglite" } },
    ).catch((error: { stdout: string; code: number }) => {
      // Exit code 2: some entries were invalid (the third example is malformed on purpose).
      expect(error.code).toBe(2);
      return error;
    });
    const cliResults = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(cliResults).toHaveLength(examples.length);
    for (const [index, example] of examples.entries()) {
      const apiResult = await (await post(request, example, { lang: "en" })).json();
      expect(cliResults[index], `example ${index}`).toEqual(apiResult);
    }
  });
});

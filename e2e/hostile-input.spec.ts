import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { APPLICATION_STEPS } from "../lib/applications/steps/application-steps";
import {
  HOSTILE_PATH_SEGMENTS,
  HOSTILE_QUERIES,
  HOSTILE_VALUES,
  MALFORMED_BODIES,
  hostileMultipart,
} from "./support/hostile-values";
import { readBuiltRoutes, type ServerAction } from "./support/server-manifest";

/**
 * Every route handler, server action and page of the build, sent the hostile classes of
 * e2e/support/hostile-values.ts: the answer may be a refusal, a redirect or a page with a field
 * message, never a 5xx. The list of endpoints comes from the build's manifests, so a new one is
 * swept without being added here. Prints how many cases each endpoint got.
 */
const routes = readBuiltRoutes();

interface Failure {
  endpoint: string;
  label: string;
  status: number;
}

class Sweep {
  readonly failures: Failure[] = [];
  readonly counts = new Map<string, number>();

  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string,
  ) {}

  async send(
    endpoint: string,
    label: string,
    url: string,
    options: { method?: string; headers?: Record<string, string>; data?: unknown; multipart?: FormData } = {},
  ) {
    const fetch = () =>
      this.request.fetch(url, {
        method: options.method ?? "POST",
        maxRedirects: 0,
        failOnStatusCode: false,
        headers: {
          origin: this.baseURL,
          "sec-fetch-site": "same-origin",
          // Its own client per request, so the sweep's refusals never spend another spec's budget.
          "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250) + 1}`,
          ...options.headers,
        },
        ...(options.multipart ? { multipart: options.multipart } : {}),
        ...(options.data !== undefined ? { data: options.data } : {}),
      });
    // A kept-alive socket the server closed after refusing a body unread is reset once; a second
    // reset in a row is the server failing and counts as such.
    const response = await fetch().catch((error: Error) => {
      if (!/ECONNRESET|socket hang up/.test(error.message)) throw error;
      return fetch();
    });
    this.counts.set(endpoint, (this.counts.get(endpoint) ?? 0) + 1);
    if (response.status() >= 500) this.failures.push({ endpoint, label, status: response.status() });
    await response.dispose();
  }

  report(title: string) {
    console.log(`${title}: ${[...this.counts.values()].reduce((a, b) => a + b, 0)} cases`);
    for (const [endpoint, count] of this.counts) console.log(`  ${count.toString().padStart(5)}  ${endpoint}`);
    expect.soft(this.failures, "no endpoint may answer hostile input with a 5xx").toEqual([]);
  }
}

/** The argument lists a server action can be called with by anyone who reads its id. */
function argumentLists(): [string, unknown[]][] {
  return Object.entries(HOSTILE_VALUES).flatMap(([name, value]): [string, unknown[]][] => [
    [`${name} alone`, [value]],
    [`${name} after a locale`, ["ja", value]],
    [`${name} as form values`, ["ja", "guardian", value, false]],
    [`${name} everywhere`, [value, value, value, value]],
  ]);
}

async function sweepAction(sweep: Sweep, action: ServerAction, label: string) {
  const endpoint = `${action.name} (${action.pagePath})`;
  const headers = { "next-action": action.id };
  for (const [name, body] of Object.entries(MALFORMED_BODIES)) {
    await sweep.send(endpoint, `${label}: ${name}`, action.pagePath, {
      headers: { ...headers, "content-type": body.contentType },
      data: body.body,
    });
  }
  for (const [name, args] of argumentLists()) {
    await sweep.send(endpoint, `${label}: ${name}`, action.pagePath, {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify(args),
    });
  }
  await sweep.send(endpoint, `${label}: multipart`, action.pagePath, { headers, multipart: hostileMultipart() });
  // The path a form takes before the page's scripts have loaded.
  await sweep.send(endpoint, `${label}: form post without scripts`, action.pagePath, {
    multipart: hostileMultipart({ [`$ACTION_ID_${action.id}`]: "" }),
  });
}

test.describe("hostile input", () => {
  test.setTimeout(600_000);

  test("no server action answers a 5xx, with or without an open draft", async ({ page, baseURL }) => {
    expect(routes.actions.length).toBeGreaterThan(0);
    const anonymous = new Sweep(page.context().request, baseURL!);
    for (const action of routes.actions) await sweepAction(anonymous, action, "no draft");
    anonymous.report("Server actions without a draft");

    // A real draft, so the actions reach the code behind their "no draft here" guard.
    await page.goto("/ja/apply");
    await page.locator("main form button[type=submit]").first().click();
    await expect(page).not.toHaveURL(/\/ja\/apply$/);
    const withDraft = new Sweep(page.context().request, baseURL!);
    for (const action of routes.actions) await sweepAction(withDraft, action, "open draft");

    // Each page of the form gets every hostile value in every one of its own fields.
    const saveStep = routes.actions.find((action) => action.name === "saveStep");
    expect(saveStep, "the application's step action is in the build").toBeDefined();
    for (const { id: stepId, fields } of APPLICATION_STEPS) {
      for (const [name, value] of Object.entries(HOSTILE_VALUES)) {
        const values = Object.fromEntries(fields.map((field) => [field, value]));
        await withDraft.send(`saveStep fields (${stepId})`, `${stepId}: ${name}`, saveStep!.pagePath, {
          headers: { "next-action": saveStep!.id, "content-type": "text/plain;charset=UTF-8" },
          data: JSON.stringify(["ja", stepId, values, false]),
        });
      }
    }
    withDraft.report("Server actions with an open draft");
  });

  test("no route handler answers a 5xx to hostile paths, queries or bodies", async ({ request, baseURL }) => {
    const sweep = new Sweep(request, baseURL!);
    expect(routes.handlers.length).toBeGreaterThan(0);
    for (const path of routes.handlers) {
      const segments = path.split("/");
      for (const method of ["GET", "POST", "PUT", "DELETE"]) {
        await sweep.send(path, `${method} plain`, path, { method });
        for (const query of HOSTILE_QUERIES)
          await sweep.send(path, `${method} ${query.slice(0, 20)}`, path + query, { method });
      }
      // Every segment after the locale replaced by each hostile segment in turn.
      for (let index = 2; index < segments.length; index++) {
        for (const hostile of HOSTILE_PATH_SEGMENTS) {
          const url = [...segments.slice(0, index), hostile, ...segments.slice(index + 1)].join("/");
          await sweep.send(path, `segment ${index} = ${hostile.slice(0, 20)}`, url, { method: "GET" });
          await sweep.send(path, `segment ${index} = ${hostile.slice(0, 20)} (POST)`, url);
        }
      }
      for (const [name, body] of Object.entries(MALFORMED_BODIES)) {
        await sweep.send(path, name, path, { headers: { "content-type": body.contentType }, data: body.body });
      }
      for (const [name, value] of Object.entries(HOSTILE_VALUES)) {
        await sweep.send(path, `json ${name}`, path, { data: { input: value, name: value, [randomUUID()]: value } });
      }
      await sweep.send(path, "multipart", path, { multipart: hostileMultipart() });
    }
    sweep.report("Route handlers");
  });

  test("no page answers a 5xx to broken addresses", async ({ request, baseURL }) => {
    const sweep = new Sweep(request, baseURL!);
    for (const path of routes.pages) {
      for (const query of HOSTILE_QUERIES)
        await sweep.send(path, `query ${query.slice(0, 20)}`, path + query, { method: "GET" });
      const segments = path.split("/");
      for (let index = 1; index < segments.length; index++) {
        for (const hostile of HOSTILE_PATH_SEGMENTS) {
          const url = [...segments.slice(0, index), hostile, ...segments.slice(index + 1)].join("/");
          await sweep.send(path, `segment ${index} = ${hostile.slice(0, 20)}`, url, { method: "GET" });
        }
      }
      await sweep.send(path, "POST without an action", path, { data: "x" });
    }
    sweep.report("Pages");
  });
});

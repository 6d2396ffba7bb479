import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { BREAKING_MESSAGES, queryMessage, sendRaw } from "./support/raw-postgres-client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("startEmbeddedPostgres", () => {
  it("reports once when PGlite fails while serving, and not while it works", async () => {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    let failures = 0;
    embedded.onFailure(() => (failures += 1));
    try {
      const port = Number(new URL(embedded.url).port);
      // Ordinary statements, including one PostgreSQL refuses, are no failure of PGlite.
      await sendRaw(port, queryMessage("SELECT 1/0"), 300);
      await sleep(200);
      expect(failures).toBe(0);

      await sendRaw(port, BREAKING_MESSAGES.abandonedCopy);
      const deadline = Date.now() + 5_000;
      while (failures === 0 && Date.now() < deadline) await sleep(50);
      expect(failures).toBe(1);

      let late = 0;
      embedded.onFailure(() => (late += 1));
      expect(late).toBe(1);
    } finally {
      await Promise.race([embedded.stop(), sleep(5_000)]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { parseServerConfig } from "./server-config";

describe("parseServerConfig", () => {
  it("uses the embedded database and port 3000 when nothing is set", () => {
    const result = parseServerConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        PORT: 3000,
        EMBEDDED_DATABASE_PORT: 54329,
        EMBEDDED_DATABASE_DIR: ".data/pglite",
        SCREENING_RATE_LIMIT_PER_MINUTE: 30,
      },
    });
  });

  it("accepts a PostgreSQL URL and treats blank values as unset", () => {
    const result = parseServerConfig({ DATABASE_URL: "postgresql://app@db.example:5432/grants", PORT: " " });
    expect(result.ok && result.config.DATABASE_URL).toBe("postgresql://app@db.example:5432/grants");
    expect(result.ok && result.config.PORT).toBe(3000);
  });

  it("names each malformed variable on one line without echoing secrets", () => {
    const result = parseServerConfig({ DATABASE_URL: "not-a-url", PORT: "eighty" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /^Configuration error: .*DATABASE_URL must be a PostgreSQL URL.*PORT must be a whole number/,
    );
    expect(result.message).not.toContain("\n");
    expect(result.message).not.toContain("not-a-url");
  });

  it("rejects a URL of another database kind", () => {
    const result = parseServerConfig({ DATABASE_URL: "mysql://root@localhost/test" });
    expect(result.ok).toBe(false);
  });
});

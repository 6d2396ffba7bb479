import { describe, expect, it } from "vitest";
import { parseServerConfig, publicSiteUrl, quickExitUrl } from "./server-config";

describe("parseServerConfig", () => {
  it("uses the embedded database and port 3000 when nothing is set", () => {
    const result = parseServerConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        PORT: 3000,
        EMBEDDED_DATABASE_PORT: 54329,
        EMBEDDED_DATABASE_DIR: ".data/pglite",
        DATABASE_CONNECT_TIMEOUT_SECONDS: 5,
        DATABASE_STATEMENT_TIMEOUT_SECONDS: 10,
        SCREENING_RATE_LIMIT_PER_MINUTE: 30,
        MAIL_FROM: "Support for New Enrollment <no-reply@example.invalid>",
        DRAFT_RETENTION_DAYS: 30,
        UNSTARTED_DRAFT_RETENTION_HOURS: 24,
        DRAFT_CREATION_LIMIT_PER_HOUR: 20,
        DRAFT_CREATION_CEILING_PER_HOUR: 2000,
        QUICK_EXIT_URL_JA: "https://tenki.jp/",
        QUICK_EXIT_URL_EN: "https://www.bbc.com/weather",
        UPLOAD_DIR: ".data/uploads",
        MAX_UPLOAD_MB: 10,
        STATUS_LOOKUP_LIMIT_PER_HOUR: 10,
        OUTBOX_INTERVAL_SECONDS: 30,
        RESUME_LIMIT_PER_HOUR: 10,
        RESUME_LIMIT_ALL_CLIENTS_PER_HOUR: 2000,
        STATUS_LOOKUP_LIMIT_ALL_CLIENTS_PER_HOUR: 1000,
        UPLOAD_MB_PER_CLIENT_PER_HOUR: 200,
        UPLOAD_MB_PER_HOUR: 2000,
        UPLOAD_MIN_FREE_MB: 1024,
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

  it("accepts smtp:// and smtps:// URLs and a From address with or without a display name", () => {
    const result = parseServerConfig({
      SMTP_URL: "smtp://mailer:s3cret@smtp.example.org:587",
      MAIL_FROM: "子ども給付金 <no-reply@charity.example>",
    });
    expect(result.ok && result.config.SMTP_URL).toBe("smtp://mailer:s3cret@smtp.example.org:587");
    expect(parseServerConfig({ SMTP_URL: "smtps://smtp.example.org" }).ok).toBe(true);
    expect(parseServerConfig({ MAIL_FROM: "no-reply@charity.example" }).ok).toBe(true);
  });

  it("rejects an SMTP URL of another scheme without echoing its password, and a From without an address", () => {
    const result = parseServerConfig({ SMTP_URL: "https://mailer:s3cret@smtp.example.org", MAIL_FROM: "nobody" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/SMTP_URL must be an SMTP URL.*MAIL_FROM must be an address/);
    expect(result.message).not.toContain("s3cret");
    expect(parseServerConfig({ MAIL_FROM: "a@b.example\r\nBcc: x@y.example" }).ok).toBe(false);
  });
});

describe("background work and resume limits", () => {
  it("accepts a sender interval of 1 second to 1 hour and a resume limit of at least 1", () => {
    const result = parseServerConfig({ OUTBOX_INTERVAL_SECONDS: "1", RESUME_LIMIT_PER_HOUR: "50" });
    expect(result.ok && [result.config.OUTBOX_INTERVAL_SECONDS, result.config.RESUME_LIMIT_PER_HOUR]).toEqual([1, 50]);
    expect(parseServerConfig({ OUTBOX_INTERVAL_SECONDS: "0" }).ok).toBe(false);
    expect(parseServerConfig({ OUTBOX_INTERVAL_SECONDS: "3601" }).ok).toBe(false);
    expect(parseServerConfig({ RESUME_LIMIT_PER_HOUR: "0" }).ok).toBe(false);
    expect(parseServerConfig({ RESUME_LIMIT_PER_HOUR: "2.5" }).ok).toBe(false);
  });
});

describe("publicSiteUrl", () => {
  it("falls back to this machine's port and drops the trailing slash of a configured address", () => {
    const local = parseServerConfig({ PORT: "3100" });
    const configured = parseServerConfig({ PUBLIC_SITE_URL: "https://apply.charity.example/" });
    expect(local.ok && publicSiteUrl(local.config)).toBe("http://localhost:3100");
    expect(configured.ok && publicSiteUrl(configured.config)).toBe("https://apply.charity.example");
  });

  it("refuses an address with a path, which would break every link in mail", () => {
    const result = parseServerConfig({ PUBLIC_SITE_URL: "https://charity.example/apply" });
    expect(result.ok).toBe(false);
  });
});

describe("trusted proxies", () => {
  it("reads a comma-separated list of addresses and ranges, and refuses anything else by name only", () => {
    const result = parseServerConfig({ TRUSTED_PROXIES: " 10.0.0.1, 192.168.0.0/16 ,loopback,2001:db8::/32" });
    expect(result.ok && result.config.TRUSTED_PROXIES).toEqual([
      "10.0.0.1",
      "192.168.0.0/16",
      "loopback",
      "2001:db8::/32",
    ]);
    const bad = parseServerConfig({ TRUSTED_PROXIES: "10.0.0.1, proxy.internal" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.message).toMatch(/^Configuration error: TRUSTED_PROXIES must be a comma-separated list/);
    expect(bad.message).not.toContain("proxy.internal");
  });
});

describe("quickExitUrl", () => {
  it("takes a neutral page per language for the quick exit, and refuses what is not a web address", () => {
    const result = parseServerConfig({ QUICK_EXIT_URL_JA: "https://weather.example.jp/tokyo?x=1" });
    expect(result.ok && quickExitUrl(result.config, "ja")).toBe("https://weather.example.jp/tokyo?x=1");
    expect(result.ok && quickExitUrl(result.config, "en")).toBe("https://www.bbc.com/weather");
    const bad = parseServerConfig({ QUICK_EXIT_URL_EN: "javascript:alert(1)" });
    expect(bad.ok || bad.message).toMatch(/QUICK_EXIT_URL_EN must be a web address/);
  });
});

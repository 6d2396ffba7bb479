import proxyaddr from "proxy-addr";
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a PostgreSQL URL such as postgresql://user@host:5432/database");

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be an SMTP URL such as smtp://user:password@host:587 or smtps://host:465");

// "addr@domain" or "Display Name <addr@domain>", on one line: a line break would start a new header.
const mailbox = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/;

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && url.pathname === "/";
    } catch {
      return false;
    }
  }, "must be the site's address such as https://apply.charity.example (no path)");

// Any web address: where the quick exit sends a family is another site's page, path and all.
const neutralPageUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a web address such as https://tenki.jp/");

function wholeNumberBetween(min: number, max: number) {
  return z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
}

/**
 * A comma-separated list of proxy addresses and CIDR ranges (or proxy-addr's names "loopback",
 * "linklocal", "uniquelocal"), as the list of proxies whose X-Forwarded-For entries are believed.
 */
const proxyList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => {
    try {
      proxyaddr.compile(entries);
      return true;
    } catch {
      return false;
    }
  }, "must be a comma-separated list of addresses or CIDR ranges such as 10.0.0.1, 192.168.0.0/16");

const port = z.coerce
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

/** What the server needs from its environment; read once at start. */
export const serverConfigSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  /** Connections the app keeps to the database; `npm start` sets 1 for the embedded PGlite. */
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 100")
    .max(100, "must be between 1 and 100")
    .optional(),
  /** Seconds to wait for a database connection before the page says "try again". */
  DATABASE_CONNECT_TIMEOUT_SECONDS: wholeNumberBetween(1, 60).default(5),
  /** Seconds one database statement may run before it is cancelled and the page says "try again". */
  DATABASE_STATEMENT_TIMEOUT_SECONDS: wholeNumberBetween(1, 600).default(10),
  PORT: port.default(3000),
  EMBEDDED_DATABASE_PORT: port.default(54329),
  EMBEDDED_DATABASE_DIR: z.string().trim().min(1, "must not be empty").default(".data/pglite"),
  /** Screenings one client may send to the public API per minute. */
  SCREENING_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .default(30),
  /** Where mail to families goes out; unset keeps each message in the outbox as "held" for staff to read. */
  SMTP_URL: smtpUrl.optional(),
  /** The From header of mail to families, e.g. "Support for New Enrollment <no-reply@charity.example>". */
  MAIL_FROM: z
    .string()
    .trim()
    .regex(mailbox, "must be an address such as no-reply@example.org or Name <no-reply@example.org>")
    .default("Support for New Enrollment <no-reply@example.invalid>"),
  /**
   * The address families reach the site at, used in links sent by mail (resume links,
   * confirmation). Unset: http://localhost:PORT, which only works on this machine.
   */
  PUBLIC_SITE_URL: httpUrl.optional(),
  /** How long an untouched draft application is kept before it is deleted. */
  DRAFT_RETENTION_DAYS: wholeNumberBetween(1, 365).default(30),
  /**
   * How long a draft that never got past the first page is kept: most are started and left at
   * once, or by scripts, and should not sit in the database for DRAFT_RETENTION_DAYS.
   */
  UNSTARTED_DRAFT_RETENTION_HOURS: wholeNumberBetween(1, 24 * 30).default(24),
  /** New applications (drafts) one client may start per hour. */
  DRAFT_CREATION_LIMIT_PER_HOUR: wholeNumberBetween(1, 10_000).default(20),
  /** New applications all clients together may start per hour: a ceiling against scripted floods. */
  DRAFT_CREATION_CEILING_PER_HOUR: wholeNumberBetween(1, 1_000_000).default(2000),
  /**
   * Where "Exit this page" leaves for, per language: an everyday page with nothing about grants
   * or violence on it (weather, as GOV.UK does).
   */
  QUICK_EXIT_URL_JA: neutralPageUrl.default("https://tenki.jp/"),
  QUICK_EXIT_URL_EN: neutralPageUrl.default("https://www.bbc.com/weather"),
  /**
   * Load the fictional demo data (including a demo edition open for applications) at start.
   * Unset: on for the embedded database, off with DATABASE_URL, so a real server never gets it.
   */
  DEMO_DATA: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).optional(),
  /** Where uploaded documents are kept (outside the web root). */
  UPLOAD_DIR: z.string().trim().min(1, "must not be empty").default(".data/uploads"),
  /**
   * Largest document file accepted, in megabytes. At most 10: the stored application's schema
   * (documents-step.ts) allows no larger file, and a phone photo or scan is far smaller.
   */
  MAX_UPLOAD_MB: wholeNumberBetween(1, 10).default(10),
  /** Wrong reference/birth-date pairs one client may try on the status page per hour. */
  STATUS_LOOKUP_LIMIT_PER_HOUR: wholeNumberBetween(1, 10_000).default(10),
  /** The charity's contact details on the programme and confirmation pages; unset lines are left out. */
  CONTACT_PHONE: z.string().trim().max(40, "must be at most 40 characters").optional(),
  CONTACT_EMAIL: z.email("must be an email address").optional(),
  CONTACT_HOURS: z.string().trim().max(80, "must be at most 80 characters").optional(),
  /** Seconds between two runs of the mail sender in the app process (lib/jobs). */
  OUTBOX_INTERVAL_SECONDS: wholeNumberBetween(1, 3600).default(30),
  /** Resume codes one client may try per hour on "Continue a saved application". */
  RESUME_LIMIT_PER_HOUR: wholeNumberBetween(1, 10_000).default(10),

  // Who the client is, guess ceilings and upload budgets (lib/http, lib/documents/upload-admission.ts).
  /**
   * The reverse proxies in front of the app. Unset: none, and the client is the socket's peer
   * whatever X-Forwarded-For says. Set: the entries those proxies added are believed, and the
   * client is the nearest address that is not one of them.
   */
  TRUSTED_PROXIES: proxyList.optional(),
  /** Resume codes all clients together may try per hour: the bound on guessing from many addresses. */
  RESUME_LIMIT_ALL_CLIENTS_PER_HOUR: wholeNumberBetween(1, 1_000_000).default(2000),
  /** Wrong status lookups all clients together may make per hour. */
  STATUS_LOOKUP_LIMIT_ALL_CLIENTS_PER_HOUR: wholeNumberBetween(1, 1_000_000).default(1000),
  /** Megabytes of documents one client may upload per hour. */
  UPLOAD_MB_PER_CLIENT_PER_HOUR: wholeNumberBetween(1, 100_000).default(200),
  /** Megabytes of documents all clients together may upload per hour. */
  UPLOAD_MB_PER_HOUR: wholeNumberBetween(1, 1_000_000).default(2000),
  /** Uploads are refused while the disk holding UPLOAD_DIR has less free space than this, in megabytes. */
  UPLOAD_MIN_FREE_MB: wholeNumberBetween(0, 10_000_000).default(1024),
});

export type ServerConfig = z.infer<typeof serverConfigSchema>;

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/**
 * Parses the environment. Empty strings count as unset, as in most deployment tools.
 * The failure message is one line that names every bad variable and never echoes its value,
 * because a connection string can carry a password.
 */
export function parseServerConfig(env: Record<string, string | undefined>): ConfigResult {
  const present = Object.fromEntries(
    Object.keys(serverConfigSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value.trim() === "" ? [] : [[key, value]];
    }),
  );
  const parsed = serverConfigSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  return { ok: false, message: `Configuration error: ${problems.join("; ")}.` };
}

/** The site's own address for links in mail, without a trailing slash. */
export function publicSiteUrl(config: ServerConfig): string {
  return (config.PUBLIC_SITE_URL ?? `http://localhost:${config.PORT}/`).replace(/\/$/, "");
}

/** The neutral page the quick exit leaves for, in the family's language. */
export function quickExitUrl(config: ServerConfig, locale: "ja" | "en"): string {
  return locale === "ja" ? config.QUICK_EXIT_URL_JA : config.QUICK_EXIT_URL_EN;
}

let cached: ServerConfig | undefined;

/**
 * The configuration inside the running app. `npm start` has validated the same environment
 * before starting the server, so a failure here means the server was started another way.
 */
export function getServerConfig(): ServerConfig {
  if (!cached) {
    const result = parseServerConfig(process.env);
    if (!result.ok) throw new Error(result.message);
    cached = result.config;
  }
  return cached;
}

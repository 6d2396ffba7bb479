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

function wholeNumberBetween(min: number, max: number) {
  return z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
}

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

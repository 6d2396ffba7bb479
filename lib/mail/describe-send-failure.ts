/** What the outbox keeps about a failed send, and what the sender does next. */
export interface SendFailure {
  /** e.g. "EENVELOPE 550 RCPT TO" or "ECONNECTION": safe to store and show to staff. */
  summary: string;
  /** The server refused this message for good; trying again would get the same answer. */
  permanent: boolean;
  /** The server or our account is the problem, not this message: stop sending for now. */
  serverProblem: boolean;
}

// Errors about the server or our account, not this message: the others would fail the same way.
const SERVER_ERROR_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ETLS",
  "EREQUIRETLS",
  "EPROXY",
  "EAUTH",
  "ENOAUTH",
  "EOAUTH2",
  "ECONFIG",
]);

/**
 * Keeps only the error's class and SMTP reply code and command verb. The error's message and the
 * server's reply text are left out on purpose: they routinely quote the recipient's address
 * ("550 5.1.1 <parent@example.jp>: user unknown"), and lastError is shown to staff.
 */
export function describeSendFailure(error: unknown): SendFailure {
  const details = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
    command?: unknown;
    permanent?: unknown;
  };
  const code = typeof details.code === "string" && /^[A-Z][A-Z0-9_]{1,31}$/.test(details.code) ? details.code : "ERROR";
  const responseCode =
    typeof details.responseCode === "number" &&
    Number.isInteger(details.responseCode) &&
    details.responseCode >= 200 &&
    details.responseCode < 600
      ? details.responseCode
      : undefined;
  const verb =
    typeof details.command === "string" ? /^(?:MAIL FROM|RCPT TO|[A-Z]{4,8})\b/.exec(details.command)?.[0] : undefined;
  const summary = [code, responseCode, verb].filter((part) => part !== undefined).join(" ");
  const serverProblem = SERVER_ERROR_CODES.has(code) || responseCode === 421;
  // A refused login is our configuration, not the message: it should go once the login is fixed.
  const permanent = details.permanent === true && !serverProblem;
  return { summary, permanent, serverProblem };
}

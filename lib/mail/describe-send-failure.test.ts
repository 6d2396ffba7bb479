import { describe, expect, it } from "vitest";
import { describeSendFailure } from "./describe-send-failure";

describe("describeSendFailure", () => {
  it("keeps the error class, reply code and command verb, never the reply text or the address", () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 <p@example.jp>"), {
      code: "EENVELOPE",
      responseCode: 550,
      command: "RCPT TO:<p@example.jp>",
      response: "550 5.1.1 <p@example.jp>: User unknown",
      permanent: true,
    });
    expect(describeSendFailure(error)).toEqual({
      summary: "EENVELOPE 550 RCPT TO",
      permanent: true,
      serverProblem: false,
    });
  });

  it("keeps the login out of AUTH and retries a refused login, as that is our configuration", () => {
    const error = Object.assign(new Error("Invalid login"), {
      code: "EAUTH",
      responseCode: 535,
      command: "AUTH PLAIN AG1haWxlcgBzM2NyZXQ=",
      permanent: true,
    });
    expect(describeSendFailure(error)).toEqual({ summary: "EAUTH 535 AUTH", permanent: false, serverProblem: true });
  });

  it("treats a lost connection as the server's problem and anything unknown as a plain error", () => {
    expect(describeSendFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNECTION" }))).toEqual({
      summary: "ECONNECTION",
      permanent: false,
      serverProblem: true,
    });
    expect(describeSendFailure(Object.assign(new Error("x"), { code: "bad code p@example.jp" }))).toEqual({
      summary: "ERROR",
      permanent: false,
      serverProblem: false,
    });
    expect(describeSendFailure("boom").summary).toBe("ERROR");
  });
});

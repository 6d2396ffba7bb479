import { describe, expect, it } from "vitest";
import { MAIL_MESSAGES } from "./mail-translator";

function keys(messages: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === "object"
      ? keys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe("mail messages", () => {
  it("has the same keys in Japanese and English", () => {
    expect(keys(MAIL_MESSAGES.ja).sort()).toEqual(keys(MAIL_MESSAGES.en).sort());
  });
});

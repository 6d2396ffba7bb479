import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { APPLICATION_MESSAGE_KEYS } from "./message-keys";

function lookup(messages: unknown, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, part) => {
    return typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }, messages);
}

describe("application message keys", () => {
  it("has every key in both languages", () => {
    for (const key of APPLICATION_MESSAGE_KEYS) {
      expect(typeof lookup(ja.application, key), `ja ${key}`).toBe("string");
      expect(typeof lookup(en.application, key), `en ${key}`).toBe("string");
    }
  });

  it("lists every key the step schemas use", () => {
    const listed = new Set<string>(APPLICATION_MESSAGE_KEYS);
    const folder = import.meta.dirname;
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))) {
      const source = readFileSync(path.join(folder, file), "utf8");
      for (const [, key] of source.matchAll(/"(errors\.[a-zA-Z]+)"/g)) expect(listed, `${file}: ${key}`).toContain(key);
    }
  });
});

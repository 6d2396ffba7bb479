import { parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") entries.set(prefix + key, value);
    else for (const [childKey, childValue] of flatten(value, `${prefix}${key}.`)) entries.set(childKey, childValue);
  }
  return entries;
}

const japanese = flatten(ja);
const english = flatten(en);

describe("messages", () => {
  it("has every Japanese key in English", () => {
    expect([...japanese.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("has every English key in Japanese", () => {
    expect([...english.keys()].filter((key) => !japanese.has(key))).toEqual([]);
  });

  it("has no empty message", () => {
    const empty = [...japanese, ...english].filter(([, value]) => value.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("writes every message in valid ICU syntax", () => {
    const broken = [...japanese, ...english].flatMap(([key, value]) => {
      try {
        parse(value);
        return [];
      } catch {
        return [key];
      }
    });
    expect(broken).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { createOneTimeStore } from "./one-time-store";

describe("createOneTimeStore", () => {
  it("hands a value out once, under an unguessable token", () => {
    const store = createOneTimeStore<{ added: number }>({ ttlMs: 60_000, maxEntries: 10 });
    const token = store.put({ added: 1 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(store.put({ added: 1 })).not.toBe(token);
    expect(store.take(token)).toEqual({ added: 1 });
    expect(store.take(token)).toBeUndefined();
    expect(store.take("not-a-token")).toBeUndefined();
  });

  it("forgets values after their time", () => {
    let clock = 0;
    const store = createOneTimeStore<string>({ ttlMs: 1000, maxEntries: 10, now: () => clock });
    const early = store.put("early");
    const late = store.put("late");
    clock = 999;
    expect(store.take(early)).toBe("early");
    clock = 1000;
    expect(store.take(late)).toBeUndefined();
  });

  it("keeps at most maxEntries, dropping the oldest", () => {
    const store = createOneTimeStore<number>({ ttlMs: 60_000, maxEntries: 3 });
    const tokens = [1, 2, 3, 4, 5].map((value) => store.put(value));
    expect(tokens.map((token) => store.take(token))).toEqual([undefined, undefined, 3, 4, 5]);
  });
});

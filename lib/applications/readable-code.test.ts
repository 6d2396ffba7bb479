import { describe, expect, it } from "vitest";
import { READABLE_ALPHABET, randomReadableCode } from "./readable-code";

describe("randomReadableCode", () => {
  it("draws codes of the length asked, from the readable alphabet only", () => {
    for (const length of [1, 8, 10, 37]) {
      const code = randomReadableCode(length);
      expect(code).toHaveLength(length);
      for (const character of code) expect(READABLE_ALPHABET).toContain(character);
    }
  });

  it("gives every character the same chance", () => {
    const draws = 200_000;
    const counts = new Map<string, number>();
    for (const character of randomReadableCode(draws)) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(READABLE_ALPHABET.length);
    // Pearson's chi-square over 24 degrees of freedom: a fair draw exceeds 80 about once in ten
    // million runs; taking bytes modulo 25 without redrawing (6 characters at 11/256) scores ~350.
    const expected = draws / READABLE_ALPHABET.length;
    const chiSquare = [...counts.values()].reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(80);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCheckedInstant } from "./read-instant";
import { screeningInputSchema } from "./screening-input";

function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

describe("readCheckedInstant", () => {
  it("reads the window edges to the millisecond", () => {
    expect(readCheckedInstant("2026-01-08T10:00:00.000+09:00")).toBe(Date.UTC(2026, 0, 8, 1));
    expect(readCheckedInstant("2026-01-23T11:59:59.999+09:00")).toBe(Date.UTC(2026, 0, 23, 2, 59, 59, 999));
    expect(readCheckedInstant("2026-01-23T03:00:00Z")).toBe(Date.UTC(2026, 0, 23, 3));
    expect(readCheckedInstant("2026-01-23T11:59:59.9999999+09:00")).toBe(Date.UTC(2026, 0, 23, 2, 59, 59, 999));
    expect(readCheckedInstant("2024-02-29T23:30:00.5-01:30")).toBe(Date.UTC(2024, 2, 1, 1, 0, 0, 500));
  });

  it("agrees with Date.parse on every instant the screening schema accepts", () => {
    const appliedAt = screeningInputSchema.shape.appliedAt;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        fc.integer({ min: 0, max: 7 }),
        fc.nat(9_999_999),
        (epochMs, offsetMinutes, fractionDigits, fraction) => {
          const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const fractionText =
            fractionDigits === 0 ? "" : `.${String(fraction).padStart(7, "0").slice(0, fractionDigits)}`;
          const text = `${local}${fractionText}${offsetText(offsetMinutes)}`;
          expect(appliedAt.safeParse(text).success).toBe(true);
          expect(readCheckedInstant(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

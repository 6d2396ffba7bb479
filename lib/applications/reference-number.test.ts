import { describe, expect, it } from "vitest";
import { READABLE_ALPHABET } from "./readable-code";
import { generateReferenceNumber, normaliseReferenceNumber } from "./reference-number";

describe("reference numbers", () => {
  it("are two groups of five characters of the readable alphabet", () => {
    for (let index = 0; index < 200; index++) {
      expect(generateReferenceNumber()).toMatch(/^[2-9ACDEFGHJKMNPRTWXY]{5}-[2-9ACDEFGHJKMNPRTWXY]{5}$/);
    }
  });

  it("never use characters that are confused when read or heard", () => {
    for (const character of "01OILQUVSZB") expect(READABLE_ALPHABET).not.toContain(character);
    expect(new Set(READABLE_ALPHABET).size).toBe(READABLE_ALPHABET.length);
  });

  it("are not repeated in practice (drawn with a cryptographic generator)", () => {
    const drawn = new Set(Array.from({ length: 5000 }, generateReferenceNumber));
    expect(drawn.size).toBe(5000);
  });

  it("come back unchanged from the normaliser", () => {
    for (let index = 0; index < 100; index++) {
      const reference = generateReferenceNumber();
      expect(normaliseReferenceNumber(reference)).toBe(reference);
      expect(normaliseReferenceNumber(reference.toLowerCase().replace("-", " "))).toBe(reference);
    }
  });

  it("accept what people type: lower case, full width, spaces, any dash, S/Z/B for 5/2/8", () => {
    expect(normaliseReferenceNumber("kmnpr twxy2")).toBe("KMNPR-TWXY2");
    expect(normaliseReferenceNumber("ＫＭＮＰＲ－ＴＷＸＹ２")).toBe("KMNPR-TWXY2");
    expect(normaliseReferenceNumber(" K M N P R ー T W X Y 2 ")).toBe("KMNPR-TWXY2");
    expect(normaliseReferenceNumber("KMNPR-TWXYZ")).toBe("KMNPR-TWXY2");
    expect(normaliseReferenceNumber("SBZAC-DEFGH")).toBe("582AC-DEFGH");
  });

  it("refuse what cannot be a reference rather than guess", () => {
    for (const typed of [
      "",
      "KMNPR-TWXY",
      "KMNPR-TWXY22",
      "KMNPR-TWXY0",
      "OMNPR-TWXY2",
      "1MNPR-TWXY2",
      "<script>",
      "x".repeat(10_000),
    ]) {
      expect(normaliseReferenceNumber(typed)).toBeUndefined();
    }
  });
});

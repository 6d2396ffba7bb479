import { describe, expect, it } from "vitest";
import { fileTypeName, formatFileSize } from "./describe-stored-file";

describe("describing a stored file without its name", () => {
  it("names the type as people know it", () => {
    expect(["application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif"].map(fileTypeName)).toEqual([
      "PDF",
      "JPEG",
      "PNG",
      "HEIC",
      "HEIC",
    ]);
  });

  it("gives the size in MB with one decimal, or in kB when small", () => {
    expect(formatFileSize(1.23 * 1024 * 1024, "en")).toBe("1.2 MB");
    expect(formatFileSize(10 * 1024 * 1024, "ja")).toBe("10 MB");
    expect(formatFileSize(12 * 1024, "en")).toBe("12 kB");
    expect(formatFileSize(80, "en")).toBe("1 kB");
  });
});

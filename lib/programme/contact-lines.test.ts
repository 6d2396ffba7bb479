import { describe, expect, it } from "vitest";
import { contactLines } from "./contact-lines";

describe("contactLines", () => {
  it("lists phone, email and hours in that order, with links that dial and write", () => {
    expect(
      contactLines({
        CONTACT_PHONE: "０３-１２３４-５６７８",
        CONTACT_EMAIL: "info@charity.example",
        CONTACT_HOURS: "平日 10:00〜17:00",
      }),
    ).toEqual([
      { kind: "phone", text: "０３-１２３４-５６７８", href: "tel:0312345678" },
      { kind: "email", text: "info@charity.example", href: "mailto:info@charity.example" },
      { kind: "hours", text: "平日 10:00〜17:00" },
    ]);
  });

  it("keeps the + of an international number and leaves out what is not set", () => {
    expect(contactLines({ CONTACT_PHONE: "+81 3 1234 5678" })).toEqual([
      { kind: "phone", text: "+81 3 1234 5678", href: "tel:+81312345678" },
    ]);
    expect(contactLines({ CONTACT_HOURS: "Weekdays" })).toEqual([{ kind: "hours", text: "Weekdays" }]);
    expect(contactLines({})).toEqual([]);
  });

  it("shows a phone line without digits as text only", () => {
    expect(contactLines({ CONTACT_PHONE: "ask at the office" })).toEqual([
      { kind: "phone", text: "ask at the office" },
    ]);
  });
});

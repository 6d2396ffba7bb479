import { describe, expect, it } from "vitest";
import { MAIL_LOCALES } from "../mail-translator";
import { resumeLinkMail } from "./resume-link";

// 05:30 UTC is 14:30 in Japan, whatever time zone the server runs in.
const data = {
  resumeUrl: "https://apply.example.org/ja/apply/resume?token=abc&step=2",
  expiresAt: new Date("2026-03-18T05:30:00Z"),
};

describe("resume link mail", () => {
  it("gives the link, that it works once and until when in Japan time, and what to do if it was not asked for, in Japanese", () => {
    const mail = resumeLinkMail("ja", data, { strict: true });
    expect(mail.subject).toBe("申請の続きを入力するためのリンク｜子ども給付金 〜新入学サポート〜");
    expect(mail.text).toBe(
      [
        "入力中の申請を保存しました。次のリンクを開くと、続きから入力できます。",
        "https://apply.example.org/ja/apply/resume?token=abc&step=2",
        "このリンクは1回だけ、2026年3月18日 14:30（日本時間）まで使えます。リンクから続きを開くと新しい再開コードが表示され、それまでの再開コードは使えなくなります。",
        "このリンクは、ほかの人に教えないでください。",
        "申請を保存した覚えがないときは、このメールは無視してください。",
        "-- \n子ども給付金 〜新入学サポート〜\nこのメールは、申請システムから自動で送っています。",
      ].join("\n\n") + "\n",
    );
  });

  it("says the same in English", () => {
    const mail = resumeLinkMail("en", data, { strict: true });
    expect(mail.subject).toBe("Your link to continue your application – Support for New Enrollment");
    expect(mail.text).toContain("https://apply.example.org/ja/apply/resume?token=abc&step=2");
    expect(mail.text).toContain(
      "This link works once, until March 18, 2026, 2:30 PM (Japan time). When you use it, we will show you a new resume code to write down, and the code you had before stops working.",
    );
    expect(mail.text).toContain("If you did not save an application, please ignore this email.");
  });

  it("escapes the link in the HTML body", () => {
    for (const locale of MAIL_LOCALES) {
      const mail = resumeLinkMail(locale, data, { strict: true });
      expect(mail.html).toContain(
        '<a href="https://apply.example.org/ja/apply/resume?token=abc&amp;step=2">https://apply.example.org/ja/apply/resume?token=abc&amp;step=2</a>',
      );
      expect(mail.html).toContain(`<html lang="${locale}">`);
    }
  });

  it("refuses a link that is not a web address", () => {
    expect(() => resumeLinkMail("en", { ...data, resumeUrl: "javascript:alert(1)" })).toThrow();
  });
});

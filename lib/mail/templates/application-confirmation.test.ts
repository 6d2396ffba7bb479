import { describe, expect, it } from "vitest";
import { MAIL_LOCALES } from "../mail-translator";
import { applicationConfirmationMail } from "./application-confirmation";

const data = { referenceNumber: "NE-2026-000123", siteUrl: "https://apply.example.org" };

describe("application confirmation mail", () => {
  it("gives the reference number, the next steps and the status page in Japanese", () => {
    const mail = applicationConfirmationMail("ja", data, { strict: true });
    expect(mail.subject).toBe("申請を受け付けました（受付番号 NE-2026-000123）｜子ども給付金 〜新入学サポート〜");
    expect(mail.text).toBe(
      [
        "子ども給付金 〜新入学サポート〜 に申請していただき、ありがとうございます。申請を受け付けました。",
        "受付番号：NE-2026-000123",
        "受付番号は、申請の状況を確かめるときや、問い合わせをするときに使います。このメールを消さずに取っておいてください。",
        "これからの流れ",
        "担当者が、申請の内容を確認します。",
        "結果のお知らせや、書類などをお願いするときは、メールで連絡します。",
        "申請の状況を確かめるには",
        "次のページを開いて、受付番号とお子さまの生年月日を入力してください。",
        "https://apply.example.org/ja/status",
        "-- \n子ども給付金 〜新入学サポート〜\nこのメールは、申請システムから自動で送っています。",
      ].join("\n\n") + "\n",
    );
    expect(mail.html).toContain('<html lang="ja">');
    expect(mail.html).toContain(
      '<a href="https://apply.example.org/ja/status">https://apply.example.org/ja/status</a>',
    );
  });

  it("says the same in English", () => {
    const mail = applicationConfirmationMail("en", data, { strict: true });
    expect(mail.subject).toBe(
      "We have received your application (reference NE-2026-000123) – Support for New Enrollment",
    );
    expect(mail.text).toContain("Reference number: NE-2026-000123");
    expect(mail.text).toContain("A caseworker will review your application.");
    expect(mail.text).toContain("We will contact you by email");
    expect(mail.text).toContain("enter your reference number and your child's date of birth");
    expect(mail.text).toContain("https://apply.example.org/en/status");
    expect(mail.text).toContain("This email was sent automatically by the application system.");
    expect(mail.html).toContain("<h2");
    expect(mail.html).toContain("What happens next</h2>");
  });

  it("escapes what it interpolates into the HTML body and keeps the subject on one line", () => {
    for (const locale of MAIL_LOCALES) {
      const mail = applicationConfirmationMail(
        locale,
        { ...data, referenceNumber: "<script>alert('x')</script>\r\nBcc: a@b.example" },
        { strict: true },
      );
      expect(mail.html).not.toContain("<script");
      expect(mail.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
      expect(mail.subject).not.toMatch(/[\r\n]/);
    }
  });

  it("refuses a site URL that is not a web address", () => {
    expect(() => applicationConfirmationMail("ja", { ...data, siteUrl: "javascript:alert(1)" })).toThrow();
    expect(() => applicationConfirmationMail("ja", { ...data, siteUrl: "/relative" })).toThrow();
  });
});

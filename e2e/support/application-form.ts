import { expect, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import { PDF, PNG } from "../../lib/documents/testing/sample-files";
import { expectNoAxeViolations } from "./axe";

/**
 * Fills the application's pages the way a parent does, by the labels on the screen. Labels come
 * from the message files, so the test follows the wording in both languages.
 */
export type Locale = "ja" | "en";
export const MESSAGES = { ja, en } as const;

export interface Child {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: [string, string, string];
  kind: "jhs" | "hs";
}

export const JOURNEY_CHILDREN: Child[] = [
  {
    familyName: "見本",
    givenName: "太郎",
    familyNameKana: "みほん",
    givenNameKana: "たろう",
    birthDate: ["2014", "6", "15"],
    kind: "jhs",
  },
  {
    familyName: "見本",
    givenName: "次郎",
    familyNameKana: "ミホン",
    givenNameKana: "ジロウ",
    birthDate: ["2011", "7", "20"],
    kind: "hs",
  },
];

export class ApplicationForm {
  readonly m: (typeof MESSAGES)[Locale]["apply"];

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.m = MESSAGES[locale].apply;
  }

  /** Continue, then check axe on the page it lands on and that it is the expected step. */
  async continue(nextTitle?: string | RegExp) {
    await this.page.getByRole("button", { name: this.m.continue, exact: true }).click();
    // A page may take a moment on a busy machine: wait longer than the default 5 s.
    if (nextTitle)
      await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(nextTitle, { timeout: 15_000 });
    await expectNoAxeViolations(this.page);
  }

  label(text: string) {
    return this.page.getByLabel(text, { exact: true });
  }

  async start() {
    await this.page.goto(`/${this.locale}/apply`);
    await expectNoAxeViolations(this.page);
    await this.page.getByRole("button", { name: this.m.start.start }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(this.m.steps.applicant.question);
    await expectNoAxeViolations(this.page);
  }

  async applicant() {
    await this.label(this.m.steps.applicant.guardian).check();
    await this.continue(this.m.steps.guardian.title);
  }

  async guardian(email: string) {
    const s = this.m.steps.guardian;
    await this.label(this.m.name.familyName).fill("見本");
    await this.label(this.m.name.givenName).fill("花子");
    await this.label(this.m.name.familyNameKana).fill("みほん");
    await this.label(this.m.name.givenNameKana).fill("はなこ");
    const birth = this.page.getByRole("group", { name: s.birthDate });
    await birth.getByLabel(this.m.date.year, { exact: true }).fill("1985");
    await birth.getByLabel(this.m.date.month, { exact: true }).fill("4");
    await birth.getByLabel(this.m.date.day, { exact: true }).fill("1");
    await this.label(s.email).fill(email);
    await this.label(s.mobile).fill("090-1234-5678");
    await this.continue(this.m.steps.address.title);
  }

  async address() {
    const s = this.m.steps.address;
    // The postal code fills in the prefecture and city from the postal data; the rest is typed.
    await this.label(s.postalCode).fill("100-0001");
    await this.page.getByRole("button", { name: s.findAddress }).click();
    await expect(this.label(s.city)).toHaveValue("千代田区");
    await expect(this.label(s.prefecture)).toHaveValue("東京都");
    await this.label(s.street).fill("千代田1-1");
    await this.continue(this.m.steps.household.title);
  }

  async household() {
    const s = this.m.steps.household;
    await this.label(s.size).fill("3");
    await this.label(s.dependants).fill("2");
    await this.page.getByRole("group", { name: s.publicAssistance }).getByLabel(this.m.no, { exact: true }).check();
    await this.page.getByRole("group", { name: s.pensionOnlyIncome }).getByLabel(this.m.no, { exact: true }).check();
    await this.continue(this.m.steps.children.title);
  }

  async children(children: Child[]) {
    const s = this.m.steps.children;
    for (const [index, child] of children.entries()) {
      if (index > 0) await this.page.getByRole("button", { name: s.add }).click();
      const section = this.page.getByRole("region", { name: s.childHeading.replace("{number}", String(index + 1)) });
      await section.getByLabel(this.m.name.familyName, { exact: true }).fill(child.familyName);
      await section.getByLabel(this.m.name.givenName, { exact: true }).fill(child.givenName);
      await section.getByLabel(this.m.name.familyNameKana, { exact: true }).fill(child.familyNameKana);
      await section.getByLabel(this.m.name.givenNameKana, { exact: true }).fill(child.givenNameKana);
      const birth = section.getByRole("group", { name: s.birthDate });
      await birth.getByLabel(this.m.date.year, { exact: true }).fill(child.birthDate[0]);
      await birth.getByLabel(this.m.date.month, { exact: true }).fill(child.birthDate[1]);
      await birth.getByLabel(this.m.date.day, { exact: true }).fill(child.birthDate[2]);
      // The grade the child enters is worked out from the birth date and shown at once.
      const grade = child.kind === "jhs" ? s.gradeJhs : s.gradeHs;
      await expect(section.getByText(grade.replace("{year}", "2027"))).toBeVisible();
      await section.getByLabel(s[child.kind], { exact: true }).check();
      if (child.kind === "hs") {
        await section.getByRole("group", { name: s.firstTime }).getByLabel(this.m.yes, { exact: true }).check();
      } else {
        await expect(section.getByRole("group", { name: s.firstTime })).toHaveCount(0);
      }
      await section
        .getByRole("group", { name: s.schoolType })
        .getByLabel(MESSAGES[this.locale].eligibility.schoolTypes.regular, { exact: true })
        .check();
    }
    await this.continue(this.m.steps.situations.question);
  }

  async situations() {
    await this.page.getByRole("checkbox", { name: /^A:/ }).check();
    await this.continue(this.m.steps.income.title);
  }

  async income() {
    const s = this.m.steps.income;
    await this.label(s.question.replace("{year}", "2025")).fill("1,000,000");
    await this.page
      .getByRole("group", { name: s.suddenDrop.replace("{year}", "2026") })
      .getByLabel(this.m.no, { exact: true })
      .check();
    await this.continue(this.m.steps.costDifficulty.question);
  }

  async costDifficulty() {
    await this.label(this.m.yes).check();
    await this.page.getByRole("button", { name: this.m.continue, exact: true }).click();
    await expectNoAxeViolations(this.page);
  }

  /** Uploads a file for each document the household needs (a PDF, then a photo as PNG). */
  async documents() {
    const d = MESSAGES[this.locale].documentsStep;
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(d.heading);
    const inputs = this.page.getByLabel(new RegExp(`^${d.chooseLabel}`));
    const count = await inputs.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index++) {
      const file =
        index === 0
          ? { name: "kazei.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) }
          : { name: "photo.png", mimeType: "image/png", buffer: Buffer.from(PNG) };
      await inputs.nth(index).setInputFiles(file);
      await this.page
        .getByRole("button", { name: new RegExp(`^${d.upload}`) })
        .nth(index)
        .click();
      // Each upload comes back to the page with the file listed and a Remove button for it.
      await expect(this.page.getByRole("button", { name: new RegExp(`^${d.remove}`) })).toHaveCount(index + 1);
    }
    await expectNoAxeViolations(this.page);
    await this.continue(this.m.steps.bankAccount.title);
  }

  /** Chooses the bank and the branch by name from the bank directory, as most parents will. */
  async bankAccount() {
    const s = this.m.steps.bankAccount;
    const search = async (kind: "bank" | "branch", query: string, choice: RegExp) => {
      const picker = this.page.getByTestId(`${kind}-picker`);
      await picker.getByRole("textbox").fill(query);
      await picker.getByRole("button", { name: s.search.button }).click();
      await this.page.getByRole("list", { name: s[kind].resultsLabel }).getByRole("button", { name: choice }).click();
      await expect(this.page.getByTestId(`${kind}-chosen`)).toBeVisible();
    };
    await search("bank", "みずほ", /^みずほ 0001/);
    await search("branch", "東京", /^東京営業部 001/);
    await this.label(s.accountTypes.ordinary).check();
    await this.label(s.accountNumber).fill("1234567");
    await this.label(s.holderName).fill("ミホン ハナコ");
    await this.continue(this.m.steps.consent.title);
  }

  async consent() {
    await this.label(this.m.steps.consent.privacy).check();
    await this.label(this.m.steps.consent.dataUse).check();
    await this.continue(this.m.steps.survey.title);
  }

  async survey() {
    await this.continue(this.m.check.title);
  }
}

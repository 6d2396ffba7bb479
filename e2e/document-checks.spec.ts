import { expect, test } from "@playwright/test";
import { JPEG_WITH_EXIF_THEN_HTML, PDF_OPEN_ACTION_JAVASCRIPT } from "../lib/documents/testing/hostile-files";
import { ApplicationForm, MESSAGES } from "./support/application-form";
import { expectNoAxeViolations } from "./support/axe";

for (const locale of ["ja", "en"] as const) {
  test(`refuses a PDF that runs JavaScript, says what to do instead, and keeps a photo cleaned (${locale})`, async ({
    page,
  }) => {
    const form = new ApplicationForm(page, locale);
    await form.start();
    // Documents are taken only once the guardian page is saved.
    await form.applicant();
    await form.guardian(`document-checks-${locale}@example.org`);
    await page.goto(`/${locale}/apply/documents`);
    const d = MESSAGES[locale].documentsStep;
    const chooser = page.getByLabel(new RegExp(`^${d.chooseLabel}`)).first();
    const upload = page.getByRole("button", { name: new RegExp(`^${d.upload}`) }).first();
    const removeButtons = page.getByRole("button", { name: new RegExp(`^${d.remove}`) });

    await chooser.setInputFiles({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(PDF_OPEN_ACTION_JAVASCRIPT),
    });
    await upload.click();
    const summary = page.getByRole("alert").filter({ hasText: MESSAGES[locale].apply.errorSummaryTitle });
    await expect(summary).toContainText(MESSAGES[locale].fields.documents.pdfActiveContent);
    await expect(removeButtons).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A photo with its GPS position and a web page appended is not refused: it is stored re-encoded.
    await page
      .getByLabel(new RegExp(`^${d.chooseLabel}`))
      .first()
      .setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: Buffer.from(JPEG_WITH_EXIF_THEN_HTML) });
    await page
      .getByRole("button", { name: new RegExp(`^${d.upload}`) })
      .first()
      .click();
    await expect(removeButtons).toHaveCount(1);
    await expect(page.getByRole("alert").filter({ hasText: MESSAGES[locale].apply.errorSummaryTitle })).toHaveCount(0);
  });
}

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// Shown only when the site's layout itself fails, which no request can cause on purpose: rendered
// here as Next.js renders it, with the address's language.
const params = vi.hoisted(() => ({ current: {} as { locale?: string } }));
vi.mock("next/navigation", () => ({ useParams: () => params.current }));
vi.mock("@/app/globals.css", () => ({}));

const { default: GlobalError } = await import("@/app/global-error");

function render(locale: string | undefined): string {
  params.current = locale ? { locale } : {};
  return renderToStaticMarkup(createElement(GlobalError, { retry: () => {} }));
}

describe("global error page", () => {
  it("speaks the address's language, says what was kept and sent, and offers to try again", () => {
    const en = render("en");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1");
    expect(en).toContain("Sorry, there is a problem with the service");
    expect(en).toContain("your application has not been sent");
    expect(en).toContain(">Try again</button>");
    expect(en).toContain('href="/en"');

    const ja = render("ja");
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain("申し訳ありません。サービスに問題が発生しています");
    expect(ja).toContain("申請はまだ送信されていません");
    expect(ja).toContain(">もう一度試す</button>");
  });

  it("falls back to Japanese for an address without a known language", () => {
    expect(render(undefined)).toContain('<html lang="ja">');
    expect(render("fr")).toContain('href="/ja"');
  });
});

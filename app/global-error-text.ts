/**
 * The words of global-error.tsx. They live here, not in messages/*.json: that page shows when the
 * site's layout itself failed, so no message provider exists, and importing the message files
 * into it would add both whole catalogues (about 140 KB) to every page's first load.
 */
export const GLOBAL_ERROR_TEXT = {
  ja: {
    title: "申し訳ありません。サービスに問題が発生しています",
    body: "数分たってから、もう一度お試しください。申請の途中だった場合、これまでのページで入力した回答は保存されています。受付番号が表示されていなければ、申請はまだ送信されていません。",
    tryAgain: "もう一度試す",
    home: "トップページへ戻る",
  },
  en: {
    title: "Sorry, there is a problem with the service",
    body: "Try again in a few minutes. If you were in the middle of an application, the answers on the pages you have already completed are saved. If you did not see a reference number, your application has not been sent.",
    tryAgain: "Try again",
    home: "Go to the home page",
  },
} as const;

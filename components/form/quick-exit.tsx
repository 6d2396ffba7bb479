"use client";

import { useLocale } from "next-intl";
import { useEffect, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent } from "react";
import { createTripleShift, isTypingTarget } from "@/lib/quick-exit/triple-shift";

/**
 * Leaves at once: clears what this tab stored (the quick check's answers), blanks the page so
 * nothing stays on screen while the browser leaves, and replaces this page in the history with
 * the exit route (app/[locale]/(apply)/exit), which drops the draft from this browser and sends
 * it on to a neutral page. Back then cannot return to the form.
 */
function leave(href: string) {
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be disabled; the exit route asks the browser to clear it as well.
  }
  document.documentElement.style.visibility = "hidden";
  document.title = "";
  window.location.replace(href);
}

/**
 * "Exit this page quickly" for people at risk of domestic violence (GOV.UK pattern): the button,
 * and pressing Shift three times (not while typing in a text box), leave for a neutral page and
 * hide what was answered. The button is a link to the exit route, so it works without scripts.
 */
export function QuickExit({ label, shortcutHint }: { label: string; shortcutHint: string }) {
  const href = `/${useLocale()}/exit`;

  useEffect(() => {
    const shortcut = createTripleShift();
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const typing = isTypingTarget(
        target && {
          tagName: target.tagName,
          type: target instanceof HTMLInputElement ? target.type : undefined,
          isContentEditable: target.isContentEditable,
        },
      );
      if (shortcut.keyDown({ key: event.key, repeat: event.repeat, at: event.timeStamp, typing })) leave(href);
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [href]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    leave(href);
  };
  // It looks and acts like a button (as GOV.UK's does), so Space works on it too.
  const onKeyDown = (event: ReactKeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== " ") return;
    event.preventDefault();
    leave(href);
  };

  return (
    <>
      {/* Only the button stays in view; globals.css keeps focused fields clear of it (WCAG 2.4.11). */}
      <div data-quick-exit className="sticky top-0 z-40 -mx-4 bg-white px-4 py-2">
        <a
          href={href}
          role="button"
          draggable={false}
          onClick={onClick}
          onKeyDown={onKeyDown}
          className="block w-full rounded-sm bg-red-700 px-4 py-3 text-center text-lg font-bold text-white no-underline shadow-[0_2px_0_#55150e] hover:bg-red-800"
        >
          {label}
        </a>
      </div>
      <p className="mb-6 text-sm text-gray-800">{shortcutHint}</p>
    </>
  );
}

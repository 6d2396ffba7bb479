"use client";

import { useEffect } from "react";

// A neutral page with nothing about grants or violence on it.
const SAFE_PAGE = "https://www.google.com/search?q=weather";

function leave(onLeave?: () => void) {
  onLeave?.();
  // replace() keeps this page out of the back button's history.
  window.location.replace(SAFE_PAGE);
}

/**
 * "Exit this page quickly" for people at risk of domestic violence (GOV.UK pattern): the button,
 * and pressing Shift three times, leave at once for a neutral page and clear what was typed.
 */
export function QuickExit({
  label,
  shortcutHint,
  onLeave,
}: {
  label: string;
  shortcutHint: string;
  onLeave?: () => void;
}) {
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Shift") return;
      const now = Date.now();
      presses = [...presses.filter((time) => now - time < 1000), now];
      if (presses.length >= 3) leave(onLeave);
    };
    window.addEventListener("keyup", onKey);
    return () => window.removeEventListener("keyup", onKey);
  }, [onLeave]);

  return (
    <>
      {/* Only the button stays in view; globals.css keeps focused fields clear of it (WCAG 2.4.11). */}
      <div data-quick-exit className="sticky top-0 z-40 -mx-4 bg-white px-4 py-2">
        <button
          type="button"
          onClick={() => leave(onLeave)}
          className="w-full rounded-sm bg-red-700 px-4 py-3 text-lg font-bold text-white shadow-[0_2px_0_#55150e] hover:bg-red-800"
        >
          {label}
        </button>
      </div>
      <p className="mb-6 text-sm text-gray-800">{shortcutHint}</p>
    </>
  );
}

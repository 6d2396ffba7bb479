"use client";

import { useEffect } from "react";

/**
 * A page of the forms brought back from the browser's back/forward cache would show the answers
 * it had when it was left: after the application was sent, after a quick exit, after the draft
 * was opened in another browser. Instead it is hidden at once and asked for again, and the server
 * decides what to show now (the confirmation, the neutral page, the start). The pages are sent
 * with `Cache-Control: no-store`, which keeps Chromium from caching them this way in most cases;
 * this covers the rest.
 */
export function ReloadWhenRestored() {
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      document.documentElement.style.visibility = "hidden";
      window.location.reload();
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, []);
  return null;
}

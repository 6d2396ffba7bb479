import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

/** A prominent link styled as a start button (GOV.UK "start button"); it navigates, so it stays a link. */
export function StartLink({ children, ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      {...props}
      className="inline-flex items-center gap-2 rounded-sm bg-green-800 px-5 py-3 text-lg font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-green-900"
    >
      {children}
      <svg aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </Link>
  );
}

import type { ComponentProps } from "react";

/** GOV.UK's grey secondary button, for actions inside a question such as "Find address" or "Search". */
export function SecondaryButton({ className, ...props }: ComponentProps<"button">) {
  return (
    <button
      type="button"
      {...props}
      className={`min-h-11 rounded-sm bg-gray-200 px-4 py-2 text-lg font-bold text-black shadow-[0_2px_0_#6f777b] hover:bg-gray-300 ${className ?? ""}`}
    />
  );
}

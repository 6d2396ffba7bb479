import type { ButtonHTMLAttributes } from "react";

export function Button({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      {...props}
      className={`rounded-sm bg-green-800 px-5 py-3 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-green-900 disabled:opacity-60 ${className ?? ""}`}
    />
  );
}

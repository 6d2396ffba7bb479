"use client";

import type { DirectoryEntry } from "./search-directory";

interface Props {
  entries: readonly DirectoryEntry[];
  /** Names the list for screen readers ("Banks found"). */
  label: string;
  onChoose: (entry: DirectoryEntry) => void;
}

/** Search results, one button per bank or branch: its name, code and the reading banks use. */
export function DirectoryResults({ entries, label, onChoose }: Props) {
  return (
    <ul aria-label={label} className="mt-3 space-y-2">
      {entries.map((entry) => (
        <li key={entry.code}>
          <button
            type="button"
            onClick={() => onChoose(entry)}
            className="min-h-11 w-full border-2 border-gray-600 bg-white px-3 py-2 text-left text-lg hover:bg-gray-100"
          >
            <span lang="ja" className="font-bold">
              {entry.name}
            </span>{" "}
            <span>{entry.code}</span>
            <span lang="ja" className="block text-base text-gray-700">
              {entry.kana}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

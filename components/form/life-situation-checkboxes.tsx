"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { Checkboxes } from "./checkboxes";

type CheckboxesProps = ComponentProps<typeof Checkboxes>;

interface Props extends Omit<CheckboxesProps, "options"> {
  /** The letters the edition offers, in order. */
  situations: readonly string[];
  noneLabel: string;
  /** Shown under E when it is ticked (the pension question, and the quick check's earlier income). */
  revealForE: ReactNode;
}

/**
 * The life situations A–H as the quick check and the application ask them: each letter with its
 * plain description, E's follow-up question, and "none of these" set apart.
 */
export function LifeSituationCheckboxes({ situations, noneLabel, revealForE, ...group }: Props) {
  const tSituations = useTranslations("eligibility.lifeSituations");
  return (
    <Checkboxes
      {...group}
      options={[
        ...situations.map((letter) => ({
          value: letter,
          label: (
            <>
              <span className="font-bold">{letter}</span>: {tSituations(letter)}
            </>
          ),
          reveal: letter === "E" ? revealForE : undefined,
        })),
        { value: "none", label: noneLabel, exclusive: true },
      ]}
    />
  );
}

import { LIFE_SITUATIONS, type LifeSituation } from "@/lib/eligibility/life-situations";
import type { RuleSet } from "@/lib/eligibility/rule-set";
import { windowStateAt, type WindowState } from "@/lib/eligibility/window-state";
import { hsBirthDateLimit } from "@/lib/school-year/hs-birth-date-limit";
import type { CalendarDate } from "@/lib/school-year/calendar-date";

export interface DocumentToPrepare {
  id: string;
  label: string;
  /** The checklist entry is a placeholder until the programme confirms it. */
  sample: boolean;
}

export interface ProgrammeSummary {
  edition: number;
  window: { opensAt: Date; closesAt: Date; state: WindowState };
  amountsYen: { jhs: number; hs: number };
  places: RuleSet["places"];
  /** High-school entrants must be born on or after this date; null: no limit. */
  hsBornOnOrAfter: CalendarDate | null;
  hsFirstTimeOnly: boolean;
  lifeSituations: LifeSituation[];
  documents: {
    always: DocumentToPrepare[];
    bySituation: { situation: LifeSituation; documents: DocumentToPrepare[] }[];
    suddenDrop: DocumentToPrepare[];
  };
}

/** What the programme page tells families, from the rules in force, at a given moment. */
export function summariseProgramme(ruleSet: RuleSet, now: Date, locale: "ja" | "en"): ProgrammeSummary {
  const catalog = new Map(ruleSet.documents.catalog.map((entry) => [entry.id, entry]));
  const documents = (ids: readonly string[]): DocumentToPrepare[] =>
    ids.flatMap((id) => {
      const entry = catalog.get(id);
      return entry ? [{ id, label: entry.label[locale], sample: entry.sample }] : [];
    });
  const enabled = LIFE_SITUATIONS.filter((letter) => ruleSet.lifeSituations[letter].enabled);
  const opensAt = new Date(ruleSet.window.opensAt);
  const closesAt = new Date(ruleSet.window.closesAt);
  const limit = ruleSet.schoolEntry.hsBirthDateLimit;

  return {
    edition: ruleSet.edition,
    window: { opensAt, closesAt, state: windowStateAt(opensAt.getTime(), closesAt.getTime(), now.getTime()) },
    amountsYen: ruleSet.amountsYen,
    places: ruleSet.places,
    hsBornOnOrAfter: limit ? hsBirthDateLimit(ruleSet.edition, limit.yearsBeforeEdition) : null,
    hsFirstTimeOnly: ruleSet.schoolEntry.hsFirstTimeOnly,
    lifeSituations: enabled,
    documents: {
      always: documents(ruleSet.documents.always),
      bySituation: enabled
        .map((situation) => ({ situation, documents: documents(ruleSet.lifeSituations[situation].documents) }))
        .filter((entry) => entry.documents.length > 0),
      suddenDrop: ruleSet.income.suddenDrop.offered ? documents(ruleSet.documents.suddenDrop) : [],
    },
  };
}

import type { PrismaClient } from "@/lib/db/create-prisma-client";
import { builtInRuleSet } from "@/lib/eligibility/editions";
import { parseRuleSet, type RuleSet } from "@/lib/eligibility/rule-set";
import { installFirstRuleSet } from "@/lib/rule-sets/install-built-in-rule-sets";

const DAY_MS = 24 * 60 * 60 * 1000;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

// Rule sets write instants in Japan time ("…T10:00:00.000+09:00"), to the minute here.
function jstInstant(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000) * 60_000;
  return new Date(minute + JST_OFFSET_MS).toISOString().replace("Z", "+09:00");
}

/**
 * A demo edition whose window is open when the demo first starts, so the application journey can
 * be tried (and tested) on any date. It is the newest published edition moved one year on; its
 * window opens the day before the first start and closes 60 days after it. Only demo data: a
 * real edition is entered by the charity with its own dates and figures.
 */
export function demoRuleSet(now: Date): RuleSet {
  const base = builtInRuleSet(2026);
  if (!base) throw new Error("The 2026 rules are missing");
  const next = (year: number) => year + 1;
  const shiftYears = (text: string) => text.replaceAll("2024", "2025").replaceAll("2023", "2024");
  const raw = {
    ...base,
    edition: 2027,
    version: 1,
    title: { ja: "子ども給付金 〜新入学サポート〜 2027（デモ）", en: "Support for New Enrollment 2027 (demo)" },
    notes: [
      "DEMO edition: the 2026 rules moved one year on, with a window set around the demo's first start. Every figure is a sample.",
    ],
    window: {
      opensAt: jstInstant(new Date(now.getTime() - DAY_MS)),
      closesAt: jstInstant(new Date(now.getTime() + 60 * DAY_MS)),
    },
    income: {
      ...base.income,
      year: next(base.income.year),
      suddenDrop: { ...base.income.suddenDrop, year: next(base.income.suddenDrop.year) },
    },
    lifeSituations: {
      ...base.lifeSituations,
      E: { ...base.lifeSituations.E, incomeYears: base.lifeSituations.E.incomeYears.map(next) },
    },
    documents: {
      ...base.documents,
      catalog: base.documents.catalog.map((entry) => ({
        ...entry,
        label: { ja: shiftYears(entry.label.ja), en: shiftYears(entry.label.en) },
      })),
    },
  };
  const parsed = parseRuleSet(raw);
  if (!parsed.ok) throw new Error(`The demo rules do not validate: ${JSON.stringify(parsed.issues)}`);
  return parsed.data;
}

/** Installs the demo edition once; later starts keep its first window (and any admin changes). */
export async function installDemoEdition(prisma: PrismaClient, now: Date): Promise<void> {
  await installFirstRuleSet(prisma, demoRuleSet(now), "Demo edition (fictional): window open around the demo's start.");
}

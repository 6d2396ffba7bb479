/**
 * `npm run screen -- FILE.json [--lang ja|en] [--rules RULES.json]`
 * Screens each entry of a JSON array (the same requests POST /api/v1/screenings takes) and
 * prints one JSON result per line, identical to the API's response bodies. By default it uses
 * the rules in force in the app's database; `--rules` screens against a draft rule-set file
 * instead, for staff testing a rule change. Exit code: 0 all screened, 2 some entries invalid,
 * 1 nothing could be screened. Nothing is stored.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { ELIGIBILITY_LOCALES, type EligibilityLocale } from "@/lib/eligibility/eligibility-translator";
import { parseRuleSet } from "@/lib/eligibility/rule-set";
import { loadCurrentRuleSetSource } from "@/lib/rule-sets/current-rule-set-source";
import { screen, type RuleSetSource } from "@/lib/screening/screen";
import { loadServerConfigOrExit } from "./runtime/load-config";
import { openDatabase } from "./runtime/open-database";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = await readFile(path, "utf8").catch(() => fail(`Cannot read ${what} ${path}.`));
  try {
    return JSON.parse(text);
  } catch {
    fail(`${what} ${path} is not valid JSON.`);
  }
}

async function ruleSetsFromFile(path: string): Promise<RuleSetSource> {
  const parsed = parseRuleSet(await readJsonFile(path, "The rules file"));
  if (!parsed.ok) {
    fail(`The rules file ${path} is not a valid rule set: ${parsed.issues.map((issue) => issue.path).join(", ")}`);
  }
  const ruleSet = parsed.data;
  return {
    defaultEdition: ruleSet.edition,
    forEdition: (edition) => (edition === ruleSet.edition ? ruleSet : undefined),
  };
}

async function ruleSetsFromDatabase(): Promise<RuleSetSource> {
  const database = await openDatabase(loadServerConfigOrExit());
  const prisma = createPrismaClient(database.url, { maxConnections: database.embedded ? 1 : undefined });
  try {
    return await loadCurrentRuleSetSource(prisma);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { lang: { type: "string", default: "ja" }, rules: { type: "string" } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) fail("Usage: npm run screen -- FILE.json [--lang ja|en] [--rules RULES.json]");
  if (!(ELIGIBILITY_LOCALES as readonly string[]).includes(values.lang)) fail("--lang must be ja or en.");
  const locale = values.lang as EligibilityLocale;

  const requests = await readJsonFile(file, "The input file");
  if (!Array.isArray(requests)) fail(`The input file ${file} must contain a JSON array of screening requests.`);
  const ruleSets = values.rules ? await ruleSetsFromFile(values.rules) : await ruleSetsFromDatabase();

  let invalid = 0;
  for (const request of requests) {
    const outcome = screen(request, ruleSets, locale);
    if (!outcome.ok) invalid++;
    process.stdout.write(JSON.stringify(outcome.body) + "\n");
  }
  process.exitCode = invalid > 0 ? 2 : 0;
}

main().catch((error: unknown) => fail(`Screening failed: ${error instanceof Error ? error.message : String(error)}`));

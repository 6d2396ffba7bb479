import { readFileSync } from "node:fs";

/**
 * What the production build under test serves, read from the manifests `next build` writes, so a
 * sweep over "every route handler and server action" covers new ones without being told.
 */
export interface ServerAction {
  id: string;
  name: string;
  /** A page that the action is posted to, e.g. "/ja/apply/guardian". */
  pagePath: string;
}

export interface BuiltRoutes {
  /** Route handlers' paths with sample values in their dynamic segments, e.g. "/ja/status/upload". */
  handlers: string[];
  /** Pages' paths with sample values, e.g. "/en/apply/guardian". */
  pages: string[];
  actions: ServerAction[];
}

// Sample values for dynamic segments: real enough to reach the code behind them.
const SEGMENT_SAMPLES: Record<string, string> = {
  "[locale]": "ja",
  "[step]": "guardian",
  "[bankCode]": "0001",
  "[...rest]": "no-such-page",
};

/** "app/[locale]/(apply)/apply/[step]/page" → "/ja/apply/guardian" (route groups dropped). */
export function samplePath(entry: string): string {
  const segments = entry
    .replace(/^app\//, "")
    .replace(/^\//, "")
    .split("/")
    .slice(0, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const sample = SEGMENT_SAMPLES[segment];
      if (sample) return sample;
      if (segment.startsWith("[")) throw new Error(`no sample value for the dynamic segment ${segment}`);
      return segment;
    });
  return `/${segments.join("/")}`;
}

export function readBuiltRoutes(distDir = ".next"): BuiltRoutes {
  const appPaths = JSON.parse(readFileSync(`${distDir}/server/app-paths-manifest.json`, "utf8")) as Record<
    string,
    string
  >;
  const internal = (entry: string) => entry.startsWith("/_") || entry.includes(".svg/") || entry.includes(".ico/");
  const entries = Object.keys(appPaths).filter((entry) => !internal(entry));
  const references = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  const actions = Object.entries(references.node).flatMap(([id, reference]) =>
    Object.keys(reference.workers).map((worker) => ({
      id,
      name: reference.exportedName ?? id,
      pagePath: samplePath(worker),
    })),
  );
  return {
    handlers: entries.filter((entry) => entry.endsWith("/route")).map(samplePath),
    pages: entries.filter((entry) => entry.endsWith("/page")).map(samplePath),
    actions,
  };
}

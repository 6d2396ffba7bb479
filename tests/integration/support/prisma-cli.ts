import path from "node:path";
import { runProcess, type ProcessResult } from "./run-process";

const prismaBin = path.resolve("node_modules/.bin/prisma");

/** Runs the unmodified Prisma CLI (with our stand-in engine) in `cwd`, with no TTY. */
export function runPrisma(args: string[], options: { cwd: string; databaseUrl?: string }): Promise<ProcessResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CI: "1" };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  return runProcess(prismaBin, args, { cwd: options.cwd, env });
}

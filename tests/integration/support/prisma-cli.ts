import { spawn } from "node:child_process";
import path from "node:path";

const prismaBin = path.resolve("node_modules/.bin/prisma");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the unmodified Prisma CLI (with our stand-in engine) in `cwd`, with no TTY. */
export function runPrisma(args: string[], options: { cwd: string; databaseUrl?: string }): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CI: "1" };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin, args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

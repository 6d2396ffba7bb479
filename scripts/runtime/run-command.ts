import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const binDir = path.resolve("node_modules", ".bin");

/** Environment for every tool we start: Next's telemetry would try to reach the internet. */
export function toolEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

export function startTool(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: "inherit" | "pipe" = "inherit",
): ChildProcess {
  return spawn(path.join(binDir, tool), args, { env, stdio });
}

/** Runs a tool from node_modules/.bin; resolves with its exit code and (when piped) its output. */
export function runTool(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: "inherit" | "pipe" = "inherit",
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = startTool(tool, args, env, stdio);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

import { parseServerConfig, type ServerConfig } from "@/lib/config/server-config";

/** The validated configuration, or one line naming what is wrong and exit 1: every command starts here. */
export function loadServerConfigOrExit(): ServerConfig {
  const parsed = parseServerConfig(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  return parsed.config;
}

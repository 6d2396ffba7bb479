/**
 * The production web server that `npm start` runs (instead of `next start`): Next's documented
 * custom-server API behind a plain Node HTTP server, so that the client's address is decided
 * here, from the socket, before the app sees the request. Route handlers and server actions see
 * headers only; `next start` would pass on an X-Forwarded-For that the client wrote itself, and
 * every per-client limit would count whatever address the client chose.
 *
 * Usage: tsx scripts/runtime/web-server.ts --port 3000 (NODE_ENV=production; started by scripts/start.ts).
 */
import next from "next";
import { compileTrustedProxies } from "@/lib/http/resolve-client-address";
import { createClientAddressServer } from "./client-address-server";
import { loadServerConfigOrExit } from "./load-config";

/** Time that requests under way get to finish after a stop before their connections are cut. */
const STOP_GRACE_MS = 5_000;

function portFromArgs(args: string[], fallback: number): number {
  const index = args.indexOf("--port");
  const value = index === -1 ? undefined : Number(args[index + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 && value < 65536 ? value : fallback;
}

async function main() {
  const config = loadServerConfigOrExit();
  const port = portFromArgs(process.argv.slice(2), config.PORT);
  const trust = compileTrustedProxies(config.TRUSTED_PROXIES);

  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();

  const server = createClientAddressServer(app.getRequestHandler(), trust);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE" ? `Port ${port} is in use; set PORT to a free port.` : `Web server: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port, () => console.log(`Ready on http://localhost:${port}`));
}

await main();

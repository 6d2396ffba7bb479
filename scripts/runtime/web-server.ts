/**
 * The production web server that `npm start` runs (instead of `next start`): Next's documented
 * custom-server API behind a plain Node HTTP server, so that the client's address is decided
 * here, from the socket, before the app sees the request. Route handlers and server actions see
 * headers only; `next start` would pass on an X-Forwarded-For that the client wrote itself, and
 * every per-client limit would count whatever address the client chose.
 *
 * Usage: tsx scripts/runtime/web-server.ts --port 3000 (NODE_ENV=production; started by scripts/start.ts).
 */
import { createServer } from "node:http";
import next from "next";
import { compileTrustedProxies, overwriteClientAddress } from "@/lib/http/resolve-client-address";
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
  const handle = app.getRequestHandler();

  const server = createServer((request, response) => {
    overwriteClientAddress(request, trust);
    handle(request, response).catch(() => {
      // Next answers its own errors; this is a failure around it. No detail: it may hold a family's data.
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Something went wrong. Please try again.");
    });
  });

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

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { overwriteClientAddress, type TrustProxy } from "@/lib/http/resolve-client-address";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * An HTTP server that settles who the client is before `handle` (Next's request handler) sees a
 * request: X-Forwarded-For becomes the address resolved from the socket and the trusted proxies.
 */
export function createClientAddressServer(handle: RequestHandler, trust: TrustProxy): Server {
  return createServer((request, response) => {
    overwriteClientAddress(request, trust);
    handle(request, response).catch(() => {
      // Next answers its own errors; this is a failure around it. No detail: it may hold a family's data.
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Something went wrong. Please try again.");
    });
  });
}

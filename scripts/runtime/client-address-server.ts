import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isDecodableRequestTarget } from "@/lib/http/request-target";
import { overwriteClientAddress, type TrustProxy } from "@/lib/http/resolve-client-address";
import { FIXED_SECURITY_HEADERS, NON_PAGE_CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * An HTTP server that settles who the client is before `handle` (Next's request handler) sees a
 * request: X-Forwarded-For becomes the address resolved from the socket and the trusted proxies.
 * An address that cannot be percent-decoded is refused here, since Next.js would answer it with a
 * 500 before any page, proxy or route of ours runs.
 */
export function createClientAddressServer(handle: RequestHandler, trust: TrustProxy): Server {
  return createServer((request, response) => {
    if (!isDecodableRequestTarget(request.url ?? "/")) {
      response.writeHead(400, {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY,
        ...Object.fromEntries(FIXED_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
      });
      response.end(BAD_ADDRESS_TEXT);
      return;
    }
    overwriteClientAddress(request, trust);
    handle(request, response).catch(() => {
      // Next answers its own errors; this is a failure around it. No detail: it may hold a family's data.
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Something went wrong. Please try again.");
    });
  });
}

// Both languages: nothing in a broken address says which the person reads.
const BAD_ADDRESS_TEXT =
  "このページのアドレスが正しくありません。トップページからもう一度お進みください。\n" +
  "This page address is not valid. Please start again from the home page.\n";

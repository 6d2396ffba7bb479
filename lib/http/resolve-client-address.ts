import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { canonicalAddress } from "./client-address";

export type TrustProxy = (address: string, hop: number) => boolean;

/** Which hops' X-Forwarded-For entries to believe: TRUSTED_PROXIES compiled; none when unset. */
export function compileTrustedProxies(list: readonly string[] | undefined): TrustProxy {
  return proxyaddr.compile([...(list ?? [])]);
}

/**
 * The address of the client behind a request, in canonical spelling (see canonicalAddress), or
 * undefined when the socket has none (already closed). The socket's peer is the client unless it
 * is a trusted proxy: then X-Forwarded-For is read from its right end, one entry per trusted hop,
 * and the first address no trusted proxy has is the client. Entries left of that are whatever
 * the client wrote and are never believed; with no trusted proxies the header is not read at all.
 * proxy-addr does the walk (it is what Express's "trust proxy" uses).
 */
export function resolveClientAddress(
  request: Pick<IncomingMessage, "socket" | "headers">,
  trust: TrustProxy,
): string | undefined {
  const peer = request.socket.remoteAddress;
  if (peer === undefined) return undefined;
  // proxy-addr reads only these two fields of the request.
  const resolved = proxyaddr(request as IncomingMessage, trust);
  // A trusted proxy that wrote something other than an address: count the proxy's own.
  return canonicalAddress(resolved) ?? canonicalAddress(peer);
}

/**
 * Makes the resolved client the one address the app can read (lib/http/client-address.ts):
 * X-Forwarded-For becomes that single address, and the other headers that name a client are
 * dropped, so nothing the client wrote can pass for its address. The web server calls this before
 * handing the request to Next.
 */
export function overwriteClientAddress(request: Pick<IncomingMessage, "socket" | "headers">, trust: TrustProxy): void {
  const address = resolveClientAddress(request, trust);
  delete request.headers["x-real-ip"];
  delete request.headers.forwarded;
  if (address) request.headers["x-forwarded-for"] = address;
  else delete request.headers["x-forwarded-for"];
}

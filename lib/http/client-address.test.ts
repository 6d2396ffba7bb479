import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { canonicalAddress, clientAddress, clientKey } from "./client-address";
import { compileTrustedProxies, overwriteClientAddress, resolveClientAddress } from "./resolve-client-address";

/** A request as the web server sees it: the socket's peer and the headers the client sent. */
function request(peer: string | undefined, forwardedFor?: string): Pick<IncomingMessage, "socket" | "headers"> {
  return {
    socket: { remoteAddress: peer } as IncomingMessage["socket"],
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  };
}

describe("resolveClientAddress", () => {
  it("ignores a spoofed X-Forwarded-For when no proxy is trusted: the socket's peer is the client", () => {
    const none = compileTrustedProxies(undefined);
    expect(resolveClientAddress(request("198.51.100.7", "203.0.113.9"), none)).toBe("198.51.100.7");
    expect(resolveClientAddress(request("198.51.100.7", "203.0.113.9, 10.0.0.1"), none)).toBe("198.51.100.7");
    expect(resolveClientAddress(request("198.51.100.7"), compileTrustedProxies([]))).toBe("198.51.100.7");
  });

  it("believes the entries of trusted proxies only, from the right, and never what the client wrote", () => {
    const trust = compileTrustedProxies(["10.0.0.0/8", "192.168.1.5"]);
    // client → 192.168.1.5 (edge proxy) → 10.0.0.2 (internal proxy) → app
    expect(resolveClientAddress(request("10.0.0.2", "198.51.100.7, 192.168.1.5"), trust)).toBe("198.51.100.7");
    // The client sent its own entry first; the edge proxy appended what it saw.
    expect(resolveClientAddress(request("10.0.0.2", "203.0.113.99, 10.9.9.9, 198.51.100.7, 192.168.1.5"), trust)).toBe(
      "198.51.100.7",
    );
    // A request that reached the app directly from an untrusted peer: its header is not read.
    expect(resolveClientAddress(request("198.51.100.8", "10.0.0.3"), trust)).toBe("198.51.100.8");
    // A trusted peer that sent no header is itself the client.
    expect(resolveClientAddress(request("10.0.0.2"), trust)).toBe("10.0.0.2");
  });

  it("counts the proxy when a trusted proxy passes on something that is not an address", () => {
    const trust = compileTrustedProxies(["loopback"]);
    expect(resolveClientAddress(request("127.0.0.1", "not-an-address"), trust)).toBe("127.0.0.1");
  });

  it("reads IPv4-mapped IPv6 peers as IPv4, and gives nothing for a closed socket", () => {
    const none = compileTrustedProxies(undefined);
    expect(resolveClientAddress(request("::ffff:198.51.100.7", "203.0.113.9"), none)).toBe("198.51.100.7");
    expect(resolveClientAddress(request(undefined, "203.0.113.9"), none)).toBeUndefined();
    // A trusted IPv4 proxy is recognised when the socket reports it mapped.
    const trust = compileTrustedProxies(["10.0.0.0/8"]);
    expect(resolveClientAddress(request("::ffff:10.0.0.2", "2001:db8:1:2::7"), trust)).toBe("2001:db8:1:2::7");
  });
});

describe("clientKey", () => {
  it("counts an IPv6 client by its /64 and an IPv4 client by its address", () => {
    expect(clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002:0000:0000:0000:0001")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(clientKey("198.51.100.7")).toBe("198.51.100.7");
    expect(clientKey("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(clientKey("nonsense")).toBeUndefined();
  });

  it("spells each address one way", () => {
    expect(canonicalAddress(" ::FFFF:C633:6407 ")).toBe("198.51.100.7");
    expect(canonicalAddress("2001:DB8::0:1")).toBe("2001:db8::1");
  });
});

describe("clientAddress", () => {
  it("reads the address the web server wrote, as the limits count it", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "2001:db8:1:2::99" }))).toBe("2001:db8:1:2::/64");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "<script>" }))).toBe("unknown");
  });
});

describe("overwriteClientAddress", () => {
  it("leaves the app one address, the resolved one, whatever the client wrote", () => {
    const spoofed = request("2001:db8:1:2::99", "203.0.113.9");
    spoofed.headers["x-real-ip"] = "203.0.113.10";
    spoofed.headers.forwarded = "for=203.0.113.11";
    overwriteClientAddress(spoofed, compileTrustedProxies(undefined));
    expect(spoofed.headers).toEqual({ "x-forwarded-for": "2001:db8:1:2::99" });
    const headers = new Headers(spoofed.headers as Record<string, string>);
    expect(clientAddress(headers)).toBe("2001:db8:1:2::/64");

    const closed = request(undefined, "203.0.113.9");
    overwriteClientAddress(closed, compileTrustedProxies(undefined));
    expect(clientAddress(new Headers(closed.headers as Record<string, string>))).toBe("unknown");
  });
});

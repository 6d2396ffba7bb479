import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { compileTrustedProxies } from "@/lib/http/resolve-client-address";
import { createClientAddressServer } from "./client-address-server";

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A server whose "app" answers with the client headers it was handed, and one request to it over loopback. */
async function headersSeenByApp(trusted: string[] | undefined, sent: Record<string, string>) {
  const server = createClientAddressServer(async (incoming, response) => {
    const { "x-forwarded-for": forwardedFor, "x-real-ip": realIp, forwarded } = incoming.headers;
    response.end(JSON.stringify({ forwardedFor, realIp, forwarded }));
  }, compileTrustedProxies(trusted));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<Record<string, string | undefined>>((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port, path: "/", headers: sent }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(JSON.parse(body) as Record<string, string | undefined>));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("the web server's client address", () => {
  it("replaces whatever address headers the client sent with its socket's address", async () => {
    expect(
      await headersSeenByApp(undefined, {
        "X-Forwarded-For": "203.0.113.9, 198.51.100.1",
        "X-Real-IP": "203.0.113.10",
        Forwarded: "for=203.0.113.11",
      }),
    ).toEqual({ forwardedFor: "127.0.0.1" });
  });

  it("believes the entry a trusted proxy appended, and only that", async () => {
    expect(await headersSeenByApp(["loopback"], { "X-Forwarded-For": "203.0.113.9, 198.51.100.1" })).toEqual({
      forwardedFor: "198.51.100.1",
    });
  });

  it("refuses an address that cannot be percent-decoded with a 400 in both languages, before the app", async () => {
    let reached = false;
    const server = createClientAddressServer(async (_incoming, response) => {
      reached = true;
      response.end("app");
    }, compileTrustedProxies(undefined));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    for (const path of ["/ja/%ZZ", "/api/health/%E0%A4%A", "/ja/status?token=%"]) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      const text = await response.text();
      expect(text).toContain("アドレスが正しくありません");
      expect(text).toContain("not valid");
    }
    expect(reached).toBe(false);
    expect(await (await fetch(`http://127.0.0.1:${port}/ja/%E6%9D%B1`)).text()).toBe("app");
  });
});

import { createServer, connect, type Server, type Socket } from "node:net";

export interface StallingProxy {
  /** The target's connection string with this proxy's host and port. */
  url: string;
  /** From now on the app hears nothing back, as from a database that hangs or a cut network. */
  stall(): void;
  /** New connections pass again; those open during the stall stay silent. */
  resume(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a database that can go silent on command: the app's connections stay
 * open but get no answer. Without a target it is a server that accepts and never answers.
 *
 * On stall the proxy hangs up on the database side, so the database rolls back whatever was
 * open: PGlite serves every client through one session, and a transaction left open there
 * would hold up everyone else using it (other tests, the e2e server).
 */
export async function startStallingProxy(targetUrl?: string): Promise<StallingProxy> {
  const target = targetUrl ? new URL(targetUrl) : undefined;
  const clients = new Set<Socket>();
  const upstreams = new Set<Socket>();
  let stalled = !target;
  const track = (socket: Socket, set: Set<Socket>) => {
    set.add(socket);
    socket.on("close", () => set.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const server: Server = createServer((client) => {
    track(client, clients);
    if (stalled || !target) return;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    track(upstream, upstreams);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    // Deliberately not the other way round: a stalled client hears nothing, not a hang-up.
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("the proxy has no address");

  const url = new URL(targetUrl ?? "postgresql://postgres@127.0.0.1/postgres");
  url.hostname = "127.0.0.1";
  url.port = String(address.port);
  return {
    url: url.toString(),
    stall() {
      stalled = true;
      for (const client of clients) client.unpipe();
      for (const upstream of upstreams) {
        upstream.unpipe();
        upstream.destroy();
      }
    },
    resume: () => (stalled = !target),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of [...clients, ...upstreams]) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

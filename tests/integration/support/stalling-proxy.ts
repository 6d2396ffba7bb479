import { createServer, connect, type Server, type Socket } from "node:net";

export interface StallingProxy {
  /** The target's connection string with this proxy's host and port. */
  url: string;
  /** From now on nothing passes in either direction, as with a database that hangs or a cut network. */
  stall(): void;
  /** New connections pass again; those open during the stall stay silent. */
  resume(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a database that can go silent on command: connections stay open, but
 * no byte gets through any more. Without a target it is a server that accepts and never answers.
 */
export async function startStallingProxy(targetUrl?: string): Promise<StallingProxy> {
  const target = targetUrl ? new URL(targetUrl) : undefined;
  const sockets = new Set<Socket>();
  // Connections silenced by stall() stay silent: bytes were dropped, so their streams are broken.
  const silenced = new WeakSet<Socket>();
  let stalled = !target;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };

  const server: Server = createServer((client) => {
    track(client);
    if (stalled || !target) return;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    track(upstream);
    const relay = (from: Socket, to: Socket) =>
      from.on("data", (chunk: Buffer) => {
        if (!silenced.has(client)) to.write(chunk);
      });
    relay(client, upstream);
    relay(upstream, client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
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
      for (const socket of sockets) silenced.add(socket);
    },
    resume: () => (stalled = !target),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

import { connect } from "node:net";

/** A PostgreSQL protocol message: type byte, length, body. */
function message(type: string, body: string): Buffer {
  const payload = Buffer.from(body);
  const buffer = Buffer.alloc(5 + payload.length);
  buffer.write(type, 0, "latin1");
  buffer.writeInt32BE(4 + payload.length, 1);
  payload.copy(buffer, 5);
  return buffer;
}

function startupMessage(): Buffer {
  const params = Buffer.from("user\0postgres\0database\0postgres\0\0");
  const buffer = Buffer.alloc(8 + params.length);
  buffer.writeInt32BE(8 + params.length, 0);
  buffer.writeInt32BE(196608, 4); // protocol 3.0
  params.copy(buffer, 8);
  return buffer;
}

/** A simple-protocol query. */
export function queryMessage(sql: string): Buffer {
  return message("Q", `${sql}\0`);
}

/**
 * Messages a misbehaving client can send to the embedded database, each of which breaks PGlite
 * (PGlite 0.5.14, pglite-socket 0.2.17): what a stray local program could do to it.
 */
export const BREAKING_MESSAGES = {
  /** COPY FROM STDIN, then gone: PGlite throws, and the socket server serves nobody after. */
  abandonedCopy: message("Q", "CREATE TEMP TABLE copy_target (x int); COPY copy_target FROM STDIN\0"),
  /** A message type PostgreSQL does not have: PGlite loops for ever, blocking its process. */
  unknownType: message("z", "hello\0"),
};

/** Connects like a client, sends `payload` once the session is up, and leaves after `stayMs`. */
export function sendRaw(port: number, payload: Buffer, stayMs = 1_000): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(startupMessage());
      setTimeout(() => socket.write(payload), 300);
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 300 + stayMs);
    });
    socket.on("error", () => resolve());
  });
}

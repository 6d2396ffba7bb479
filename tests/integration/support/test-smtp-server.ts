import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export interface ReceivedMail {
  mail: ParsedMail;
  /** The envelope's recipients, which is where the message really went. */
  envelopeTo: string[];
  /** Who logged in, when the server asks for a login. */
  user: unknown;
}

export interface TestSmtpServer {
  port: number;
  /** Every message accepted so far, parsed; empty it between tests with `received.length = 0`. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free local port for the tests to send to and read back. Plain SMTP
 * without login unless `options` ask for more (a login, refusing a recipient).
 */
export async function startTestSmtpServer(options: SMTPServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    ...options,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ mail, envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), user: session.user });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(resolve)),
  };
}

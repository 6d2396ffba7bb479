import { getServerConfig } from "@/lib/config/server-config";
import { createPrismaClient, databaseTimeouts, type PrismaClient } from "./create-prisma-client";

// One client per server process; kept on globalThis so `next dev` reloads do not open a new pool each time.
const holder = globalThis as typeof globalThis & { prismaClient?: PrismaClient };

/** The app's shared client. The start script sets DATABASE_URL (to the embedded database if none was given). */
export function getPrisma(): PrismaClient {
  if (!holder.prismaClient) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; start the app with `npm start`.");
    const config = getServerConfig();
    holder.prismaClient = createPrismaClient(url, {
      maxConnections: config.DATABASE_POOL_SIZE,
      timeouts: databaseTimeouts(config),
    });
  }
  return holder.prismaClient;
}

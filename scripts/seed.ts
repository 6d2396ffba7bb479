/** `npm run db:seed`: loads the demo data into the app's database (idempotent). */
import { parseServerConfig } from "@/lib/config/server-config";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { openDatabase } from "./runtime/open-database";

const parsed = parseServerConfig(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(1);
}
const database = await openDatabase(parsed.config);
const prisma = createPrismaClient(database.url, { maxConnections: database.embedded ? 1 : undefined });
await seedDemoData(prisma);
await prisma.$disconnect();
await database.close();
console.log("Demo data loaded.");

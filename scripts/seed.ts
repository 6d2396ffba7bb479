/** `npm run db:seed`: loads the demo data into the app's database (idempotent). */
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { loadServerConfigOrExit } from "./runtime/load-config";
import { openDatabase } from "./runtime/open-database";

const database = await openDatabase(loadServerConfigOrExit());
const prisma = createPrismaClient(database.url, { maxConnections: database.embedded ? 1 : undefined });
await seedDemoData(prisma);
await prisma.$disconnect();
await database.close();
console.log("Demo data loaded.");

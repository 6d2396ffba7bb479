import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI would otherwise try to download a native schema engine, which these machines cannot
// reach; our stand-in runs Prisma's WebAssembly engine instead (see prisma/engine/).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "prisma/engine/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Commands that need no database (generate, diff from the schema) run without DATABASE_URL.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});

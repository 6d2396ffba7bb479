/**
 * `npm run prisma -- <args>`: the Prisma CLI on the app's database. Without DATABASE_URL it uses
 * the embedded database (started here, or the one a running `npm start` already serves).
 */
import { loadServerConfigOrExit } from "./runtime/load-config";
import { openDatabase } from "./runtime/open-database";
import { runTool, toolEnv } from "./runtime/run-command";

const database = await openDatabase(loadServerConfigOrExit());
const { code } = await runTool("prisma", process.argv.slice(2), toolEnv({ DATABASE_URL: database.url }));
await database.close();
process.exit(code);

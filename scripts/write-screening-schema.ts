/** `npm run schema:screening`: regenerates docs/screening-request.schema.json from the zod schema. */
import { writeFile } from "node:fs/promises";
import { screeningRequestJsonSchema } from "@/lib/screening/screening-request-json-schema";

await writeFile("docs/screening-request.schema.json", JSON.stringify(screeningRequestJsonSchema(), null, 2) + "\n");
console.log("Wrote docs/screening-request.schema.json");

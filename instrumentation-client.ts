import { z } from "zod";

// Runs in the browser before the app. Zod compiles fast parsers with `new Function` after probing
// whether eval is allowed; under our Content-Security-Policy (no 'unsafe-eval') that probe alone
// is reported as a violation. Parsing without compiled code is fast enough for one form's fields.
z.config({ jitless: true });

// The process's entry (`npm start` runs its compiled form, build/start/main.mjs): it starts opening
// the database before anything else loads — PGlite compiles its WebAssembly and reads its files
// while the app's modules load (bench/cold-start.mjs) — then hands over to serve.server.ts. A
// failure to open is handled where serve awaits it.
import { loadEnv } from "../platform/env/env.server";
import { openConfiguredDatabase } from "./boot.server";

const env = loadEnv();
const databaseOpening = openConfiguredDatabase(env);
databaseOpening.catch(() => {});
const { serve } = await import("./serve.server");
await serve(env, databaseOpening);

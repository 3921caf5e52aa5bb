import { z } from "../../../platform/validation/zod-messages";
import { createHttpKrsRegistry } from "./http-krs-registry.server";
import type { KrsRegistry } from "./krs-registry";
import { createLocalKrsRegistry } from "./local-krs-registry.server";

/**
 * KRS_REGISTRY=http uses the public API; anything else (the default) the local fake. Tests always
 * get the local fake, whatever the environment says.
 */
const KrsRegistryEnv = z.object({ KRS_REGISTRY: z.enum(["local", "http"]).catch("local").default("local") });

/** Which registry the environment selects: "http" only when asked for, and never in tests. */
export function krsRegistryKind(source: NodeJS.ProcessEnv = process.env): "local" | "http" {
  const { KRS_REGISTRY } = KrsRegistryEnv.parse(source);
  const inTests = Boolean(source.VITEST) || source.NODE_ENV === "test";
  return KRS_REGISTRY === "http" && !inTests ? "http" : "local";
}

export function selectKrsRegistry(source: NodeJS.ProcessEnv = process.env): KrsRegistry {
  return krsRegistryKind(source) === "http" ? createHttpKrsRegistry() : createLocalKrsRegistry();
}

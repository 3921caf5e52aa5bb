import type { KrsExtract } from "./krs-extract";

/**
 * The national court register (KRS) as the NGO base needs it: the current extract of one entity.
 * Two implementations: the real client of the public API (http-krs-registry.server.ts) and a local
 * fake that serves fixtures in the API's own format (local-krs-registry.server.ts). The form never
 * depends on it: manual entry is always possible.
 */
export type KrsRegister = "S" | "P";

export type KrsLookup =
  | { kind: "found"; extract: KrsExtract }
  | { kind: "not-found" }
  | {
      kind: "unavailable";
      reason: "maintenance" | "timeout" | "network" | "server-error" | "unexpected-answer";
    };

export interface KrsRegistry {
  /** GET /api/krs/OdpisAktualny/{krs}?rejestr={S|P}&format=json */
  fetchCurrentExtract(krs: string, register: KrsRegister): Promise<KrsLookup>;
}

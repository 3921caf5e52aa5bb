import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/**
 * An area's source files for its message-key test: app/components/<area>, app/lib/<area> and
 * domain/<area> (tests left out), then the routes whose file name matches `routes`.
 */
export function areaSources(area: string, routes: RegExp): string[] {
  const folders = ["app/components", "app/lib", "domain"].map((dir) => join(root, dir, area));
  const routeDir = join(root, "app/routes");
  return [
    ...folders.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes(".test."))
        .map((f) => join(dir, f)),
    ),
    ...readdirSync(routeDir)
      .filter((f) => routes.test(f))
      .map((f) => join(routeDir, f)),
  ];
}

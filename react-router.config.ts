import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  appDirectory: "app",
  future: { v8_middleware: true },
  // The browser loads the whole route manifest once, as a cached file, instead of every page
  // inlining the part it needs (docs/decisions/016).
  routeDiscovery: { mode: "initial" },
} satisfies Config;

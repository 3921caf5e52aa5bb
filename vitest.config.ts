import { defineConfig } from "vitest/config";

const shared = {
  include: ["{app,domain,platform,server,test}/**/*.test.{ts,tsx}"],
  globalSetup: ["./test/global-setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  /** CI machines are shared and noisy: a timing-sensitive test gets one more try there (never locally). */
  retry: process.env.CI ? 1 : 0,
};

const projects: { extends: true; test: typeof shared & { name: string; env: Record<string, string> } }[] = [
  { extends: true as const, test: { ...shared, name: "pglite", env: { DB_DRIVER: "pglite" } } },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({
    extends: true as const,
    test: { ...shared, name: "postgresql", env: { DB_DRIVER: "postgresql" } },
  });
}

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: { projects, pool: "forks" },
});

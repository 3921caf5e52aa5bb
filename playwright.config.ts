import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Browser tests in Debian's Chromium (never a downloaded browser). The server is the real built
 * app on a fresh embedded database, or on PostgreSQL when E2E_DATABASE_URL is set.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "suite", testIgnore: /contracts\.spec\.ts$/ },
    // After everything else: it moves the server's clock weeks ahead (reminders of a return due),
    // and the job that closes competitions past their deadline may then close the demo's open calls
    // the other specs submit offers to.
    { name: "clock-ahead", testMatch: /contracts\.spec\.ts$/, dependencies: ["suite"] },
  ],
  webServer: {
    command: `node e2e/start-server.mjs`,
    url: `http://localhost:${PORT}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { PORT: String(PORT) },
    stdout: "pipe",
    stderr: "pipe",
  },
});

import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe with the WCAG 2.1 A/AA rules on the page as it is now; any violation fails the test.
 * Sandboxed iframes (a mail preview) cannot be entered by axe and are excluded.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude("iframe[sandbox]").analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Remembers every address the page's main frame shows (without the #fragment), for scanVisited. */
export function rememberVisits(page: Page, visited: Set<string> = new Set()): Set<string> {
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.add(frame.url().split("#")[0] ?? frame.url());
  });
  return visited;
}

/**
 * Opens each remembered address again in the context (its session as it is now) and scans it;
 * addresses that now redirect to a page scanned already are not scanned twice.
 */
export async function scanVisited(context: BrowserContext, visited: Set<string>): Promise<void> {
  const scanner = await context.newPage();
  const scanned = new Set<string>();
  for (const url of visited) {
    if (!url.startsWith("http")) continue;
    const response = await scanner.goto(url);
    if (response?.request().method() !== "GET" || scanned.has(scanner.url())) continue;
    scanned.add(scanner.url());
    await expectAccessible(scanner);
  }
  await scanner.close();
}

/**
 * `page` that remembers every URL it shows; after the test each of them is opened again in the same
 * session and scanned with axe, so every page a test visits is checked, not only the ones it asks for.
 */
export const test = base.extend<{ scannedPage: Page }>({
  page: async ({ page, context }, use) => {
    const visited = rememberVisits(page);
    await use(page);
    await scanVisited(context, visited);
  },
});

export { expect };

import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/*
 * The browser suite's windows onto the server's surroundings, both started by e2e/start-server.mjs:
 * the SMTP mail sink (real messages with their attachments) and the clock offset file (demo mode
 * only) that moves the server's "now" for deadline tests.
 */

const PORT = Number(process.env.E2E_PORT ?? 3210);

export interface SinkMessage {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; base64: string }[];
}

/** Messages the SMTP sink received for an address (oldest first), waiting up to `timeoutMs` for `atLeast`. */
export async function sinkMessagesTo(
  email: string,
  options: { subject?: RegExp; atLeast?: number; timeoutMs?: number } = {},
): Promise<SinkMessage[]> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const r = await fetch(`http://127.0.0.1:${PORT + 89}/messages?to=${encodeURIComponent(email)}`);
    const all = ((await r.json()) as SinkMessage[]).filter(
      (m) => !options.subject || options.subject.test(m.subject),
    );
    if (all.length >= (options.atLeast ?? 1) || Date.now() > deadline) return all;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The text of a PDF (pdftotext from poppler-utils), pages separated by form feeds. */
export function pdfText(base64: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pozytek-e2e-pdf-"));
  const file = path.join(dir, "doc.pdf");
  writeFileSync(file, Buffer.from(base64, "base64"));
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

/** Moves the server's clock by `ms` from real time (0 puts it back). */
export async function setServerClockOffset(ms: number): Promise<void> {
  writeFileSync(path.join(os.tmpdir(), `pozytek-e2e-clock-${PORT}`), String(Math.round(ms)));
  // The server re-reads the file at most every 250 ms.
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/*
 * The text of a PDF (pdfjs-dist, legacy build for Node, no worker and no canvas: only
 * getTextContent). Capped by pages and time; a broken or encrypted file is an answer
 * ({ ok: false }), never an exception, so callers refuse it in Polish instead of failing.
 */

export interface PdfTextOptions {
  /** Read at most this many pages (the checksum is printed on every page; the first few suffice). */
  maxPages?: number;
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
}

export type PdfTextResult =
  | { ok: true; text: string; pages: number }
  | { ok: false; reason: "notPdf" | "broken" | "timeout" };

const PDF_MAGIC = "%PDF-";

/** Whether the bytes start like a PDF (the header may follow up to 1 KiB of junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes(PDF_MAGIC);
}

async function readText(bytes: Uint8Array, maxPages: number): Promise<{ text: string; pages: number }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages = Math.min(doc.numPages, maxPages);
    const parts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if ("str" in item) parts.push(item.str, item.hasEOL ? "\n" : " ");
      }
      parts.push("\n");
      page.cleanup();
    }
    return { text: parts.join(""), pages };
  } finally {
    await task.destroy();
  }
}

/** Extracts the text of the first pages of a PDF. */
export async function extractPdfText(
  bytes: Uint8Array,
  options: PdfTextOptions = {},
): Promise<PdfTextResult> {
  if (!looksLikePdf(bytes)) return { ok: false, reason: "notPdf" };
  const maxPages = options.maxPages ?? 20;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const result = await Promise.race([readText(bytes, maxPages), timeout]);
    if (result === "timeout") return { ok: false, reason: "timeout" };
    return { ok: true, ...result };
  } catch {
    return { ok: false, reason: "broken" };
  } finally {
    clearTimeout(timer);
  }
}

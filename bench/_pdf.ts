// pdf's measurement (run by bench/pdf.mjs under tsx): the full offer of the test factory rendered
// by renderOfferPdf against pdfmake rendering a plain document with the same text (every string of
// the document, one paragraph each). One render at a time, alternating rounds. Prints JSON.
import { renderOfferPdf } from "../domain/offers/offer-pdf.server";
import { fullOfferDocument } from "../domain/offers/testing/full-offer-document";
import { renderPdf } from "../platform/documents/pdf.server";

const seconds = Number(process.argv[2] ?? 5);
const document = fullOfferDocument();
const receipt = { receiptNumber: "OF/2026/000123", checksum: "a".repeat(64), submittedAt: new Date() };
const tenantName = "Gmina Miasto Częstochowa";

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}
const text = strings(document).filter((s) => s.trim() !== "");

const ours = () => renderOfferPdf({ document, receipt, tenantName });
const plain = () =>
  renderPdf({
    title: document.sections.task.title,
    issuer: tenantName,
    footerText: "Suma kontrolna",
    content: text.map((t) => ({ text: t })),
  });

async function rate(render: () => Promise<Buffer>, ms: number) {
  let count = 0;
  let bytes = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    bytes = (await render()).length;
    count++;
  }
  return { count, ms: performance.now() - started, bytes };
}

await ours();
await plain();
const result = { ours: { count: 0, ms: 0, bytes: 0 }, plain: { count: 0, ms: 0, bytes: 0 } };
for (let round = 0; round < 4; round++) {
  for (const [key, fn] of [
    ["ours", ours],
    ["plain", plain],
  ] as const) {
    const r = await rate(fn, (seconds * 1000) / 8);
    result[key].count += r.count;
    result[key].ms += r.ms;
    result[key].bytes = r.bytes;
  }
}
console.info(JSON.stringify({ ...result, strings: text.length, chars: text.join("").length }));

/**
 * Content-Disposition for a download (RFC 6266): `attachment`, an ASCII `filename` for old
 * clients and the exact name as UTF-8 in `filename*` (RFC 5987), so "Wyciąg z KRS.pdf" arrives
 * as typed and no quote, backslash or line break can end the header early.
 */
export function attachmentDisposition(filename: string): string {
  return `attachment; filename="${asciiFallback(filename)}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

const POLISH_ASCII: Record<string, string> = { ł: "l", Ł: "L" };

/** Letters without their diacritics (ł has none to strip, so it is mapped), anything else unsafe as "_". */
function asciiFallback(name: string): string {
  const ascii = name
    .replace(/[łŁ]/g, (c) => POLISH_ASCII[c] ?? "_")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return ascii || "plik";
}

/** Percent-encoding of everything outside RFC 5987's attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

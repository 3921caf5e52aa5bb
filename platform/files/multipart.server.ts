/*
 * Reading upload requests without buffering more than a limit: the CSRF token from the first part
 * of a multipart body (so the root middleware never reads an upload whole), and the body itself
 * with a hard cap (so a missing or lying Content-Length cannot make the app hold gigabytes).
 */

/** How much of a multipart body the first field may take, headers included. */
const FIRST_FIELD_LIMIT = 16 * 1024;

/**
 * The value of the body's first part when it is the named (non-file) field, read from a clone of
 * the request: at most `limit` bytes are read, then the clone is cancelled and the request's own
 * body stays whole for the action. Null when the first part is anything else or too long.
 */
export async function readFirstMultipartField(
  request: Request,
  name: string,
  limit = FIRST_FIELD_LIMIT,
): Promise<string | null> {
  const boundary = boundaryOf(request.headers.get("content-type") ?? "");
  if (!boundary || !request.body) return null;
  const reader = request.clone().body?.getReader();
  if (!reader) return null;
  let buffered = Buffer.alloc(0);
  try {
    while (buffered.length <= limit) {
      const { done, value } = await reader.read();
      if (value) buffered = Buffer.concat([buffered, value]);
      const found = firstField(buffered.subarray(0, limit), boundary, name);
      if (found !== undefined) return found;
      if (done) return null;
    }
    return null;
  } catch {
    return null;
  } finally {
    // Not awaited: cancelling one branch of a tee'd body settles only once the other branch (the
    // action's) is done too. The clone stops receiving chunks at once either way.
    reader.cancel().catch(() => {});
  }
}

/** The request's body, or null as soon as it grows past `maxBytes` (the rest is not read). */
export async function readBodyWithLimit(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited, for the same reason as above when the body is a branch of a clone.
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The declared Content-Length, or null when it is missing or not a number. */
export function declaredLength(request: Request): number | null {
  const value = request.headers.get("content-length");
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

function boundaryOf(contentType: string): string | null {
  if (!/^multipart\/form-data\s*;/i.test(contentType.trim())) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * The first part's value if it is the named field; null if the first part is another one;
 * undefined while more bytes are needed to tell.
 */
function firstField(bytes: Buffer, boundary: string, name: string): string | null | undefined {
  const text = bytes.toString("latin1");
  const delimiter = `--${boundary}`;
  const start = text.indexOf(`${delimiter}\r\n`);
  if (start < 0) return text.length > delimiter.length + 2 && !text.includes(delimiter) ? null : undefined;
  const headersStart = start + delimiter.length + 2;
  const headersEnd = text.indexOf("\r\n\r\n", headersStart);
  if (headersEnd < 0) return undefined;
  const headers = text.slice(headersStart, headersEnd);
  const disposition = /^content-disposition:\s*form-data\s*;(.*)$/im.exec(headers)?.[1] ?? "";
  const fieldName = /(?:^|;)\s*name="([^"]*)"/i.exec(disposition)?.[1];
  if (fieldName !== name || /(?:^|;)\s*filename\*?=/i.test(disposition)) return null;
  const valueStart = headersEnd + 4;
  const valueEnd = text.indexOf(`\r\n${delimiter}`, valueStart);
  if (valueEnd < 0) return undefined;
  return Buffer.from(text.slice(valueStart, valueEnd), "latin1").toString("utf8");
}

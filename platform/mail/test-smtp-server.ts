import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message as the test SMTP server received it, with its parts decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Parts sent as attachments (Content-Disposition: attachment), decoded to their bytes. */
  attachments: ReceivedAttachment[];
  raw: string;
}

export interface ReceivedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port>, for SMTP_URL or smtpTransport(). */
  url: string;
  messages: ReceivedMail[];
  /** Makes the server refuse every message with a 4xx until set back to false. */
  refuse: boolean;
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process (the `smtp-server` package), for tests that need to see
 * what the platform sends. Test code only.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    url: "",
    messages: [],
    refuse: false,
    async waitForMessages(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (state.messages.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} messages, got ${state.messages.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return state.messages;
    },
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.refuse) {
          const error = Object.assign(new Error("Tymczasowo niedostępny"), { responseCode: 451 });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        state.messages.push({
          ...parseMessage(raw),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** A minimal MIME reader: headers, encoded words, multipart, quoted-printable, base64, attachments. */
function parseMessage(raw: string): Omit<ReceivedMail, "from" | "to"> {
  const { headers, body } = splitEntity(raw);
  const found: Found = { text: "", html: "", attachments: [] };
  collectParts(headers, body, found);
  return {
    subject: decodeWords(headers.subject ?? ""),
    text: found.text,
    html: found.html,
    attachments: found.attachments,
    raw,
  };
}

type Found = { text: string; html: string; attachments: ReceivedAttachment[] };

function splitEntity(entity: string): { headers: Record<string, string>; body: string } {
  const at = entity.indexOf("\r\n\r\n");
  const head = at < 0 ? entity : entity.slice(0, at);
  const body = at < 0 ? "" : entity.slice(at + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function collectParts(headers: Record<string, string>, body: string, found: Found) {
  const type = (headers["content-type"] ?? "text/plain").toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
    if (!boundary) return;
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith("--")) break;
      const inner = splitEntity(part.replace(/^\r\n/, ""));
      collectParts(inner.headers, inner.body, found);
    }
    return;
  }
  const disposition = headers["content-disposition"] ?? "";
  if (/^\s*attachment/i.test(disposition)) {
    found.attachments.push({
      filename:
        headerParam(disposition, "filename") ?? headerParam(headers["content-type"] ?? "", "name") ?? "",
      contentType: type.split(";")[0]?.trim() ?? type,
      content: decodeBytes(body, headers["content-transfer-encoding"] ?? "7bit"),
    });
    return;
  }
  const decoded = decodeBody(body, headers["content-transfer-encoding"] ?? "7bit");
  if (type.startsWith("text/html")) found.html = decoded;
  else if (type.startsWith("text/plain")) found.text = decoded;
}

/**
 * A parameter of a structured header: plain (filename="a.pdf"), RFC 2231 (filename*=utf-8''%C5%BC…,
 * also split into filename*0*=…; filename*1*=…) or RFC 2047 encoded words inside quotes.
 */
function headerParam(header: string, name: string): string | null {
  const params = new Map<string, string>();
  for (const m of header.matchAll(/;\s*([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const value = (m[2] ?? "").trim();
    params.set((m[1] ?? "").toLowerCase(), value.startsWith('"') ? value.slice(1, -1) : value);
  }
  const plain = params.get(name);
  if (plain !== undefined) return decodeWords(plain);
  const extended = params.get(`${name}*`);
  const pieces =
    extended !== undefined
      ? [{ value: extended, encoded: true }]
      : [...params.entries()]
          .map(([key, value]) => ({ key, value, m: new RegExp(`^${name}\\*(\\d+)(\\*?)$`).exec(key) }))
          .filter((p) => p.m)
          .sort((a, b) => Number(a.m?.[1]) - Number(b.m?.[1]))
          .map((p) => ({ value: p.value, encoded: p.m?.[2] === "*" }));
  if (!pieces.length) return null;
  const joined = pieces
    .map((p, i) =>
      p.encoded ? (i === 0 ? p.value.replace(/^[^']*'[^']*'/, "") : p.value) : encodeURIComponent(p.value),
    )
    .join("");
  return decodeURIComponent(joined);
}

function decodeBytes(body: string, encoding: string): Buffer {
  switch (encoding.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64");
    case "quoted-printable":
      return Buffer.from(decodeQuotedPrintable(body.replace(/=\r\n/g, "")), "utf8");
    default:
      return Buffer.from(body.replace(/\r\n$/, ""), "utf8");
  }
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body.replace(/=\r\n/g, ""));
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_m, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replaceAll("_", " ")),
    );
}

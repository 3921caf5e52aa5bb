// The browser suite's mail server: the same in-process SMTP server the unit tests use, plus a
// loopback HTTP window onto what it received, so a browser test reads a real message with its
// real attachments (the offer's PDF). Started by e2e/start-server.mjs; prints its SMTP URL.
import { createServer } from "node:http";
import { startTestSmtpServer } from "../platform/mail/test-smtp-server";

const smtp = await startTestSmtpServer();
const port = Number(process.env.MAIL_SINK_PORT ?? 3299);

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname !== "/messages") {
    res.writeHead(404).end();
    return;
  }
  const to = url.searchParams.get("to");
  const messages = smtp.messages
    .filter((m) => !to || m.to.some((addr) => addr.toLowerCase() === to.toLowerCase()))
    .map((m) => ({
      to: m.to,
      subject: m.subject,
      text: m.text,
      attachments: m.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        base64: a.content.toString("base64"),
      })),
    }));
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
}).listen(port, "127.0.0.1", () => {
  process.stdout.write(`SMTP_URL=${smtp.url}\n`);
});

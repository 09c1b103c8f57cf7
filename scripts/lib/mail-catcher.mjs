// A local SMTP catcher for development and tests: accepts every message on an
// SMTP port (no auth, no TLS) and shows them over HTTP instead of delivering them.
//   GET /               the caught mail as a page, newest first
//   GET /api/messages   JSON [{ id, from, to, subject, text, html, date }] (?to= filters)
//   DELETE /api/messages forgets everything
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const escape = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

export async function startMailCatcher({ smtpPort = 1025, httpPort = 1080, host = "127.0.0.1", quiet = false } = {}) {
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            id: String(messages.length + 1),
            from: mail.from?.text ?? "",
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            messageId: mail.messageId ?? "",
            date: new Date().toISOString(),
          });
          if (!quiet) console.log(`mail: caught "${mail.subject}" for ${session.envelope.rcptTo.map((r) => r.address).join(", ")}`);
          callback();
        })
        .catch(callback);
    },
  });
  const web = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/api/messages" && req.method === "DELETE") {
      messages.length = 0;
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === "/api/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(list));
      return;
    }
    if (url.pathname === "/") {
      const items = [...messages]
        .reverse()
        .map(
          (m) =>
            `<article><h2>${escape(m.subject)}</h2><p>To ${escape(m.to.join(", "))} · ${escape(m.date)}</p><pre>${escape(m.text)}</pre></article>`,
        );
      res
        .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
        .end(
          `<!doctype html><meta charset="utf-8"><title>Caught mail</title><h1>Caught mail (${messages.length})</h1>${items.join("<hr>")}`,
        );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve, reject) => smtp.listen(smtpPort, host, resolve).once("error", reject));
  await new Promise((resolve, reject) => web.listen(httpPort, host, resolve).once("error", reject));
  return {
    messages,
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl: `http://${host}:${httpPort}`,
    stop: () => Promise.all([new Promise((r) => smtp.close(r)), new Promise((r) => web.close(r))]),
  };
}

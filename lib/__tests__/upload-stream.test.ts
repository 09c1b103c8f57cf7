// Uploads are read as they stream in: a 400 MB chunked body with no
// Content-Length is refused with 413 after at most the limit (plus a chunk or
// two) has been read, so the server never holds it. Through the real route
// handler and PostgreSQL; only the session is named by the test.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/session";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/session", () => ({ getCurrentUser: async () => session.user }));

import { db } from "@/lib/db";
import { POST } from "@/app/api/proposals/[id]/documents/route";
import { createDraft } from "@/lib/data/proposals";
import { MAX_DOCUMENT_BYTES } from "@/lib/validations/proposal";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";

const tag = testTag();
const BOUNDARY = "----portal-test-boundary";
let investor: CurrentUser;
let proposalId: string;

beforeAll(async () => {
  investor = await createTestUser("INVESTOR", tag);
  proposalId = await createDraft(investor);
  session.user = investor;
});
afterAll(async () => {
  await db.proposal.deleteMany({ where: { investorId: investor.id } });
  await removeTestUsers(tag);
});

/** A multipart body of `size` bytes of file content, made chunk by chunk as it is read; counts what was read. */
function streamingUpload(size: number, { withLength = false } = {}) {
  const head = new TextEncoder().encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nOTHER\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="plan.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`);
  const chunk = new Uint8Array(256 * 1024).fill(0x61);
  let produced = 0;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(head);
      if (produced >= size) {
        controller.enqueue(tail);
        controller.close();
        return;
      }
      const part = chunk.subarray(0, Math.min(chunk.length, size - produced));
      produced += part.length;
      sent++;
      controller.enqueue(part);
    },
  });
  const headers: Record<string, string> = { "content-type": `multipart/form-data; boundary=${BOUNDARY}` };
  if (withLength) headers["content-length"] = String(head.length + size + tail.length);
  const request = new Request(`http://localhost/api/proposals/${proposalId}/documents`, {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, read: () => produced };
}

const call = (request: Request) => POST(request, { params: Promise.resolve({ id: proposalId }) });

describe("streamed uploads", () => {
  it("a 400 MB chunked upload is refused with 413 after reading no more than the limit and a chunk", async () => {
    const upload = streamingUpload(400 * 1024 * 1024);
    const response = await call(upload.request);
    expect(response.status).toBe(413);
    expect(upload.read()).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES + 2 * 1024 * 1024);
    expect(await db.proposalDocument.count({ where: { proposalId } })).toBe(0);
  });

  it("a document within the limit is stored", async () => {
    const upload = streamingUpload(100 * 1024, { withLength: true });
    const response = await call(upload.request);
    expect(response.status).toBe(201);
    expect(await db.proposalDocument.count({ where: { proposalId } })).toBe(1);
  });

  it("a body that is not multipart, or has two files, is bad input (400)", async () => {
    const plain = new Request(`http://localhost/api/proposals/${proposalId}/documents`, {
      method: "POST",
      body: "x",
      headers: { "content-type": "text/plain" },
    });
    expect((await call(plain)).status).toBe(400);
    const two = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="b.pdf"\r\n\r\n%PDF-1.4\r\n--${BOUNDARY}--\r\n`;
    const twoFiles = new Request(`http://localhost/api/proposals/${proposalId}/documents`, {
      method: "POST",
      body: two,
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    });
    expect((await call(twoFiles)).status).toBe(400);
  });
});

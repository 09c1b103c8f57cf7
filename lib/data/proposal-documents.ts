// Documents attached to proposals. The type comes from the file's bytes; the
// bytes go to lib/storage. Only the proposal's owner and staff can read them.
import "server-only";
import { db } from "@/lib/db";
import { ACCEPTED_TYPES, detectFileType } from "@/lib/file-type";
import { assertCan, can } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { storage, storeThenReference } from "@/lib/storage";
import { createHash } from "node:crypto";
import type { DocumentKind, ProposalStatus } from "@/lib/domain";
import { canRemoveDocument, canUpload, STAFF_VISIBLE_STATUSES } from "@/lib/proposal-state";
import { ok, refuse, type Outcome } from "./result";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS } from "@/lib/validations/proposal";

export type UploadResult = Outcome<"notFound" | "notAllowed" | "tooLarge" | "tooMany" | "badType" | "empty", { id: string }>;

/** Adds a document to the investor's own draft, or to a proposal awaiting their information. */
export async function addDocument(
  actor: CurrentUser,
  proposalId: string,
  kind: DocumentKind,
  fileName: string,
  bytes: Uint8Array,
): Promise<UploadResult> {
  assertCan(actor.role, "proposal:own");
  if (bytes.byteLength === 0) return refuse("empty");
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return refuse("tooLarge");
  const type = detectFileType(bytes);
  if (!type) return refuse("badType");
  return storeThenReference(bytes, (storageKey) =>
    db.$transaction(async (tx) => {
      // Lock the proposal row: two uploads at once cannot both pass the count check.
      const [row] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text FROM "Proposal" WHERE id = ${proposalId} AND "investorId" = ${actor.id} FOR UPDATE`;
      if (!row) return refuse("notFound");
      if (!canUpload(row.status as ProposalStatus)) return refuse("notAllowed");
      if ((await tx.proposalDocument.count({ where: { proposalId } })) >= MAX_DOCUMENTS) return refuse("tooMany");
      const doc = await tx.proposalDocument.create({
        data: {
          proposalId,
          kind,
          fileName,
          mimeType: ACCEPTED_TYPES[type],
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          storageKey,
        },
        select: { id: true },
      });
      return ok({ id: doc.id });
    }),
  );
}

/** Removes a document from the investor's own draft. */
export async function removeDocument(actor: CurrentUser, documentId: string): Promise<Outcome<"notFound" | "notAllowed">> {
  assertCan(actor.role, "proposal:own");
  const removed = await db.$transaction(async (tx) => {
    const doc = await tx.proposalDocument.findFirst({
      where: { id: documentId, proposal: { investorId: actor.id } },
      select: { storageKey: true, proposal: { select: { status: true } } },
    });
    if (!doc) return refuse("notFound");
    if (!canRemoveDocument(doc.proposal.status)) return refuse("notAllowed");
    await tx.proposalDocument.delete({ where: { id: documentId } });
    return ok({ storageKey: doc.storageKey });
  });
  if (!removed.ok) return removed;
  await storage.remove([removed.storageKey]);
  return ok();
}

/**
 * The file for a download: the owner's own; for staff, any of a proposal they can
 * see (not a draft: drafts are the investor's own until submitted, like in the
 * pipeline); otherwise null (not found).
 */
export async function getDocumentForDownload(actor: CurrentUser, documentId: string) {
  const staff = can(actor.role, "proposal:review");
  if (!staff && !can(actor.role, "proposal:own")) return null;
  const doc = await db.proposalDocument.findFirst({
    where: { id: documentId, proposal: staff ? { status: { in: [...STAFF_VISIBLE_STATUSES] } } : { investorId: actor.id } },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!doc) return null;
  const bytes = await storage.get(doc.storageKey);
  return bytes ? { fileName: doc.fileName, mimeType: doc.mimeType, bytes } : null;
}

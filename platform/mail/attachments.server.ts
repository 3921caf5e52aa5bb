import type { DbOrTx } from "../db/client.server";
import type { MailAttachmentRef } from "../db/schema/mail";

/*
 * Mail attachments named by reference (mail_outbox.attachments): the outbox never holds large
 * bytes; the sender asks the resolver registered for the reference's kind when it sends, so a
 * submission's transaction stays short and the file is made from the record it names (an offer's
 * PDF from its frozen version). A procedure registers its kinds where the mail job is set up
 * (server/background.server.ts).
 */

/**
 * Produces the bytes of one attachment from the id in its reference. It runs inside the sender's
 * transaction (the one holding the outbox row), so it must read through the `db` it is given.
 * Throwing fails the send; the message is retried later.
 */
export type AttachmentResolver = (db: DbOrTx, id: string) => Promise<Uint8Array | Buffer>;

/** The resolvers by kind ("offer-version-pdf", …). */
export type AttachmentResolvers = ReadonlyMap<string, AttachmentResolver>;

/** An attachment as it leaves with a message. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** The registry of resolvers, from a plain map of kind → resolver. */
export function createAttachmentResolvers(map: Record<string, AttachmentResolver>): AttachmentResolvers {
  return new Map(Object.entries(map));
}

/** Resolves every reference of a message; an unknown kind or a failing resolver throws. */
export async function resolveAttachments(
  db: DbOrTx,
  refs: readonly MailAttachmentRef[],
  resolvers: AttachmentResolvers | undefined,
): Promise<MailAttachment[]> {
  const out: MailAttachment[] = [];
  for (const ref of refs) {
    const resolve = resolvers?.get(ref.kind);
    if (!resolve) throw new Error(`Nieznany rodzaj załącznika: ${ref.kind}`);
    let bytes: Uint8Array | Buffer;
    try {
      bytes = await resolve(db, ref.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Nie udało się przygotować załącznika ${ref.filename} (${ref.kind}): ${message}`);
    }
    const content = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    out.push({ filename: ref.filename, contentType: ref.contentType, content });
  }
  return out;
}

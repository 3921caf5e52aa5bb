import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { organizationJoinRequests } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import {
  findOrganizationInTenant,
  membershipOf,
  organizationLinks,
  ownersOf,
  personOf,
  requireUserId,
} from "./access";
import { joinRequestReceivedMail } from "./mail/join-request-mails";
import { JoinRequestSchema } from "./schemas";

export interface RequestToJoinOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  organizationId: string;
  message: string;
}

/**
 * A person whose registration turned out to be a duplicate asks the owners of the existing
 * organisation to let them in. One pending request per person and organisation.
 */
export async function requestToJoin(options: RequestToJoinOptions): Promise<{ requestId: string }> {
  const userId = requireUserId(options.actor);
  const parsed = JoinRequestSchema.safeParse({
    organizationId: options.organizationId,
    message: options.message,
  });
  if (!parsed.success) {
    const bad = parsed.error.issues.find((i) => i.path[0] === "message");
    if (!bad) throw new AppError("NOT_FOUND", "error.notFound");
    throw new AppError("VALIDATION", "error.validation", { fieldErrors: { message: [bad.message] } });
  }
  return options.db.transaction(async (tx) => {
    const org = await findOrganizationInTenant(tx, options.tenantId, parsed.data.organizationId);
    if (await membershipOf(tx, org.id, userId)) throw new AppError("CONFLICT", "org.error.alreadyMember");
    const [pending] = await tx
      .select({ id: organizationJoinRequests.id })
      .from(organizationJoinRequests)
      .where(
        and(
          eq(organizationJoinRequests.organizationId, org.id),
          eq(organizationJoinRequests.userId, userId),
          eq(organizationJoinRequests.status, "pending"),
        ),
      )
      .limit(1);
    if (pending) throw new AppError("CONFLICT", "org.error.joinRequestPending");
    const [request] = await tx
      .insert(organizationJoinRequests)
      .values({
        organizationId: org.id,
        userId,
        message: parsed.data.message,
        createdAt: options.clock.now(),
      })
      .returning({ id: organizationJoinRequests.id });
    if (!request) throw new Error("join request insert returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: org.id,
      action: "organization.joinRequested",
      after: { requestId: request.id, userId, message: parsed.data.message },
    });
    const requester = await personOf(tx, userId);
    for (const owner of await ownersOf(tx, org.id)) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: owner.email,
        template: "organizations.join-request",
        rendered: joinRequestReceivedMail(owner.locale, {
          organizationName: org.name,
          requesterName: requester.name,
          requesterEmail: requester.email,
          message: parsed.data.message,
          link: organizationLinks.members(options.appUrl, org.id),
        }),
      });
    }
    return { requestId: request.id };
  });
}

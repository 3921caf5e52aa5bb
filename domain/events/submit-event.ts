import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { events } from "../../platform/db/schema/events";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { inboxRecipients } from "../contact/recipients";
import {
  findOrganizationInTenant,
  membershipOf,
  requireUserId,
  validationError,
} from "../organizations/access";
import { eventLinks } from "./access";
import { eventSubmittedMail } from "./mail/event-mails";
import { assertCan } from "./policy";
import { SubmitEventSchema } from "./schemas";

export interface SubmitEventOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  appUrl: string;
  actor: Actor;
  clock: Clock;
  input: unknown;
}

/**
 * An owner or editor of a verified organisation submits the organisation's event; it waits for
 * the coordinator's moderation (coordinators are mailed).
 */
export async function submitEvent(options: SubmitEventOptions): Promise<{ eventId: string }> {
  const userId = requireUserId(options.actor);
  const parsed = SubmitEventSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  return options.db.transaction(async (tx) => {
    const organization = await findOrganizationInTenant(tx, options.tenantId, input.organizationId);
    assertCan(
      {
        membership: await membershipOf(tx, organization.id, userId),
        organizationStatus: organization.status,
        staffRoles: [],
      },
      "submit",
    );
    const now = options.clock.now();
    const [row] = await tx
      .insert(events)
      .values({
        tenantId: options.tenantId,
        category: "organization",
        organizationId: organization.id,
        title: input.title,
        description: input.description ?? "",
        location: input.location ?? "",
        url: input.url ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        status: "pending",
        submittedBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: events.id });
    if (!row) throw new Error("event insert returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "event",
      entityId: row.id,
      action: "event.submitted",
      after: { status: "pending", organizationId: organization.id, title: input.title },
    });
    for (const coordinator of await inboxRecipients(tx, options.tenantId))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: coordinator.email,
        template: "event.submitted",
        rendered: eventSubmittedMail(coordinator.locale, {
          tenantName: options.tenantName,
          organizationName: organization.name,
          title: input.title,
          link: eventLinks.office(options.appUrl),
        }),
      });
    return { eventId: row.id };
  });
}

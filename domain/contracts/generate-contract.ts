import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { contracts, contractVersions } from "../../platform/db/schema/contracts";
import { warsawDateOf, warsawYearOf } from "../../platform/format/dates";
import { isUniqueViolation, requireUserId, validationError } from "../organizations/access";
import type { StaffRoles } from "./access";
import { contentChecksum } from "./checksum.server";
import { type ContractTermsInput, contractTermsSchema } from "./generate-schema";
import { contractOfOffer, contractSourceOf, findOfferForContract } from "./generate-source";
import { contentOf, nextContractNumber, writeScheduleRows } from "./generate-terms";

/**
 * The officer of the competition's department (or a coordinator, an administrator) draws up the
 * contract of a funded offer on the framework of Dz.U. 2018 poz. 2057 załącznik nr 3: the contract
 * (draft) with its number, version 1 (the original) freezing the accepted offer and the terms, the
 * instalments and the due reports, audited "contracts.generated". One contract per offer: the
 * offer's row is locked first and a contract found is returned (a double click draws up one).
 */
export async function generateContract(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  staffRoles: StaffRoles;
  offerId: unknown;
  input: ContractTermsInput | Record<string, unknown>;
}): Promise<{ contractId: string; number: string; repeated: boolean }> {
  const userId = requireUserId(options.actor);
  try {
    return await options.db.transaction(async (tx) => {
      const found = await findOfferForContract(tx, { ...options, action: "edit", forUpdate: true });
      const existing = await contractOfOffer(tx, found.offer.id);
      if (existing) return { contractId: existing.id, number: existing.number, repeated: true };
      const source = await contractSourceOf(tx, { tenantId: options.tenantId, ...found });
      const schema = contractTermsSchema({
        grant: source.grant,
        ownContribution: source.version.document.calculation.own,
      });
      const parsed = schema.safeParse(options.input);
      if (!parsed.success) throw validationError(parsed.error.issues);
      const now = options.clock.now();
      const number = await nextContractNumber(tx, {
        tenantId: options.tenantId,
        pattern: source.settings.contractNumberPattern,
        departmentCode: source.departmentCode,
        year: warsawYearOf(now),
      });
      const content = contentOf({ source, terms: parsed.data, number, drawnUpOn: warsawDateOf(now) });
      const leader = content.document.offerors.find((o) => o.leader);
      const [contract] = await tx
        .insert(contracts)
        .values({
          tenantId: options.tenantId,
          competitionId: source.competition.id,
          offerId: source.offer.id,
          organizationId: leader?.organizationId ?? source.offer.organizationId,
          offerVersionId: source.version.id,
          number,
          status: "draft",
          form: content.form,
          taskTitle: content.taskTitle,
          taskStart: content.taskStart,
          taskEnd: content.taskEnd,
          grantAmount: content.grantAmount,
          ownContribution: content.ownContribution,
          totalCost: content.totalCost,
          bankAccount: content.bankAccount,
          allowedShiftBp: content.allowedShiftBp,
          finalReportDays: content.finalReportDays,
          returnDays: content.returnDays,
          createdBy: userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!contract) throw new Error("contract not inserted");
      const checksum = contentChecksum(content);
      await tx.insert(contractVersions).values({
        contractId: contract.id,
        number: 1,
        kind: "original",
        content: content as unknown as Record<string, unknown>,
        checksum,
        createdBy: userId,
        createdAt: now,
      });
      await writeScheduleRows(tx, options.tenantId, contract.id, content);
      await writeAudit(tx, {
        tenantId: options.tenantId,
        actor: options.actor,
        entityType: "contract",
        entityId: contract.id,
        action: "contracts.generated",
        after: {
          offerId: source.offer.id,
          number,
          status: "draft",
          offerVersionId: source.version.id,
          grantAmount: content.grantAmount,
          instalments: content.instalments,
          reports: content.reports,
          checksum,
        },
      });
      return { contractId: contract.id, number, repeated: false };
    });
  } catch (error) {
    // Two requests at once on a database that let both through: the unique index kept one.
    if (!isUniqueViolation(error)) throw error;
    const found = await findOfferForContract(options.db, { ...options, action: "edit" });
    const existing = await contractOfOffer(options.db, found.offer.id);
    if (!existing) throw error;
    return { contractId: existing.id, number: existing.number, repeated: true };
  }
}

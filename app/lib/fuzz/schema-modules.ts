import type { z } from "zod";
import * as bootstrapAdministrator from "~/domain/administration/bootstrap-administrator";
import * as contractSettings from "~/domain/administration/contract-settings";
import * as createDepartment from "~/domain/administration/create-department";
import * as createStaffUser from "~/domain/administration/create-staff-user";
import * as adminFields from "~/domain/administration/fields";
import * as grantStaffRole from "~/domain/administration/grant-staff-role";
import * as auditLog from "~/domain/administration/query-audit-log";
import * as renameDepartment from "~/domain/administration/rename-department";
import * as revokeStaffRole from "~/domain/administration/revoke-staff-role";
import * as tenantSettingsForm from "~/domain/administration/update-tenant-settings";
import * as annexes from "~/domain/annexes/schemas";
import { changeInput, costsInput, testChangeContext } from "~/domain/annexes/testing/factories";
import * as committee from "~/domain/committee/schemas";
import * as competitionsApi from "~/domain/competitions/api-schemas";
import * as officeCompetitionQuery from "~/domain/competitions/list-department-competitions";
import * as publicCompetitionQuery from "~/domain/competitions/list-public-competitions";
import * as competitions from "~/domain/competitions/schemas";
import * as contact from "~/domain/contact/schemas";
import * as contractTerms from "~/domain/contracts/generate-schema";
import * as contractLifecycle from "~/domain/contracts/lifecycle-schemas";
import { termsForm } from "~/domain/contracts/testing/generate-factories";
import * as checklist from "~/domain/evaluation/checklist";
import * as evaluation from "~/domain/evaluation/schemas";
import * as eventsApi from "~/domain/events/api-schemas";
import * as events from "~/domain/events/schemas";
import * as identity from "~/domain/identity/schemas";
import * as newsApi from "~/domain/news/api-schemas";
import * as news from "~/domain/news/schemas";
import * as offers from "~/domain/offers/sections";
import * as krsExtract from "~/domain/organizations/krs/krs-extract";
import * as organizations from "~/domain/organizations/schemas";
import * as organizationSearch from "~/domain/organizations/search-organizations";
import * as portalApi from "~/domain/portal/api-schemas";
import * as campaignFigures from "~/domain/portal/campaign-figures-form";
import * as reports from "~/domain/reports/schemas";
import * as resultsApi from "~/domain/results/api-schemas";
import * as results from "~/domain/results/schemas";
import * as interestRates from "~/domain/settlement/interest-rates";
import * as settlement from "~/domain/settlement/schemas";
import * as updates from "~/domain/updates/schemas";
import * as tenancySettings from "~/platform/tenancy/settings";
import * as identifiers from "~/platform/validation/identifiers";

/*
 * Every module of the domain and the platform that exports a Zod schema (every `z.object(` export
 * under domain/ and platform/): the fuzz test takes each exported ZodType of each. Left out:
 * platform/env/env.server.ts (its schema is not exported; it reads the operator's environment once
 * at boot and answers in plain Polish sentences, not i18n keys, by design).
 */

export const MODULES = {
  adminFields,
  annexes,
  auditLog,
  bootstrapAdministrator,
  campaignFigures,
  checklist,
  committee,
  competitions,
  competitionsApi,
  contact,
  contractLifecycle,
  contractSettings,
  contractTerms,
  createDepartment,
  createStaffUser,
  evaluation,
  events,
  eventsApi,
  grantStaffRole,
  identifiers,
  identity,
  interestRates,
  krsExtract,
  news,
  newsApi,
  offers,
  officeCompetitionQuery,
  organizationSearch,
  organizations,
  portalApi,
  publicCompetitionQuery,
  renameDepartment,
  reports,
  results,
  resultsApi,
  revokeStaffRole,
  settlement,
  tenancySettings,
  tenantSettingsForm,
  updates,
};

/**
 * Schemas built by a factory from the case's facts, each with a realistic context (from the
 * module's own tests and factories) and, where one exists, a valid input the fuzzer mutates.
 * Generic builders (generate-schema's formRows, a row schema's list) are reached through these.
 */
export const BUILT: readonly { name: string; schema: z.ZodType; valid?: Record<string, unknown> }[] = [
  { name: "annexes.changeRequestSchema()", schema: annexes.changeRequestSchema(), valid: changeInput() },
  {
    name: "annexes.changeRequestSchema(context)",
    schema: annexes.changeRequestSchema(testChangeContext),
    valid: changeInput(),
  },
  {
    name: "annexes.changeRequestSchema(context) all kinds",
    schema: annexes.changeRequestSchema(testChangeContext),
    valid: {
      ...changeInput({ kinds: ["schedule", "costs", "results", "bank_account", "other"] }),
      ...costsInput({ hours: "400", months: "8" }),
      taskStart: "2026-06-01",
      taskEnd: "2026-11-30",
      actions: { "0": { start: "2026-06-01", end: "2026-11-30" } },
      indicators: { "0": { name: "Uczestnicy", target: "40", monitoring: "Lista obecności" } },
      otherChange: "Zmiana adresu realizacji zadania.",
    },
  },
  {
    name: "contractTerms.contractTermsSchema",
    schema: contractTerms.contractTermsSchema({ grant: 1_900_000, ownContribution: 0 }),
    valid: contractTerms.nestFormValues(termsForm()),
  },
  {
    name: "contractTerms.contractTermsSchema (own contribution)",
    schema: contractTerms.contractTermsSchema({ grant: 1_500_000, ownContribution: 260_000 }),
    valid: contractTerms.nestFormValues(termsForm({ "instalments.1.amount": "5000" })),
  },
  {
    name: "reports.documentsSectionSchema(plan)",
    schema: reports.documentsSectionSchema(["1", "2"]),
    valid: {
      documents: {
        "0": {
          number: "FV 1/2026",
          date: "2026-07-01",
          issuer: "Biuro Rachunkowe",
          costLine: "2",
          description: "Obsługa księgowa",
          amount: "200,00",
          fromGrant: "150,00",
          fromOther: "50,00",
        },
      },
    },
  },
  { name: "reports.reportDocumentSchema(plan)", schema: reports.reportDocumentSchema(["1", "2"]) },
  ...Object.entries(contractSettings.contractSettingsFields).map(([key, schema]) => ({
    name: `contractSettings.contractSettingsFields.${key}`,
    schema: schema as z.ZodType,
  })),
];

CREATE TABLE "competition_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"competition_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text NOT NULL,
	"old_deadline" timestamp with time zone,
	"new_deadline" timestamp with time zone,
	"amended_by" uuid,
	"amended_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_budget_years" (
	"competition_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "competition_budget_years_competition_id_year_pk" PRIMARY KEY("competition_id","year")
);
--> statement-breakpoint
CREATE TABLE "competition_prior_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"amount" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"legal_basis_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"title" text NOT NULL,
	"task_description" text DEFAULT '' NOT NULL,
	"award_rules" text DEFAULT '' NOT NULL,
	"task_conditions" text DEFAULT '' NOT NULL,
	"task_start" date,
	"task_end" date,
	"offer_deadline" timestamp with time zone,
	"selection_procedure" text DEFAULT '' NOT NULL,
	"selection_date" date,
	"eligible_legal_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_grant" bigint,
	"max_grant" bigint,
	"min_own_contribution_bp" integer,
	"min_financial_contribution_bp" integer,
	"min_personal_contribution_bp" integer,
	"admin_cost_cap_bp" integer,
	"required_attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pass_threshold" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"copied_from_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"act" text NOT NULL,
	"article" text NOT NULL,
	"min_days_to_deadline" integer DEFAULT 21 NOT NULL,
	"min_days_article" text NOT NULL,
	"requires_own_contribution" boolean NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_bases_tenant_code" UNIQUE NULLS NOT DISTINCT("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "competition_amendments" ADD CONSTRAINT "competition_amendments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_amendments" ADD CONSTRAINT "competition_amendments_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_amendments" ADD CONSTRAINT "competition_amendments_amended_by_users_id_fk" FOREIGN KEY ("amended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_budget_years" ADD CONSTRAINT "competition_budget_years_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_prior_tasks" ADD CONSTRAINT "competition_prior_tasks_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_legal_basis_id_legal_bases_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD CONSTRAINT "legal_bases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_amendments_competition" ON "competition_amendments" USING btree ("competition_id","amended_at");--> statement-breakpoint
CREATE INDEX "competition_prior_tasks_competition" ON "competition_prior_tasks" USING btree ("competition_id","position");--> statement-breakpoint
CREATE INDEX "competitions_tenant_status" ON "competitions" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "competitions_tenant_department" ON "competitions" USING btree ("tenant_id","department_id");--> statement-breakpoint
CREATE INDEX "competitions_status_deadline" ON "competitions" USING btree ("status","offer_deadline");--> statement-breakpoint
INSERT INTO "legal_bases" ("tenant_id", "code", "label", "act", "article", "min_days_to_deadline", "min_days_article", "requires_own_contribution", "sort_order") VALUES
	(NULL, 'udpp-wspieranie', 'Wspieranie realizacji zadania publicznego', 'ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie', 'art. 11 ust. 1 pkt 1', 21, 'art. 13 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie', true, 1),
	(NULL, 'udpp-powierzanie', 'Powierzenie realizacji zadania publicznego', 'ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie', 'art. 11 ust. 1 pkt 2', 21, 'art. 13 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie', false, 2),
	(NULL, 'uzp', 'Zadanie z zakresu zdrowia publicznego', 'ustawa z dnia 11 września 2015 r. o zdrowiu publicznym', 'art. 14–15', 21, 'art. 14–15 ustawy o zdrowiu publicznym (w zw. z art. 13 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie)', false, 3)
ON CONFLICT DO NOTHING;

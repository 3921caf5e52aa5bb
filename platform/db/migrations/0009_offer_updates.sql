CREATE TABLE "offer_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"competition_id" uuid NOT NULL,
	"awarded_amount" bigint NOT NULL,
	"requested_amount" bigint NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"from_version_id" uuid NOT NULL,
	"version_id" uuid,
	"remarks" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"withdrawal_reason" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid
);
--> statement-breakpoint
ALTER TABLE "offer_updates" ADD CONSTRAINT "offer_updates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_updates" ADD CONSTRAINT "offer_updates_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_updates" ADD CONSTRAINT "offer_updates_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_updates" ADD CONSTRAINT "offer_updates_from_version_id_offer_versions_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."offer_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_updates" ADD CONSTRAINT "offer_updates_version_id_offer_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."offer_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_updates" ADD CONSTRAINT "offer_updates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_updates" ADD CONSTRAINT "offer_updates_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offer_updates_live_offer" ON "offer_updates" USING btree ("offer_id") WHERE "offer_updates"."status" in ('open', 'submitted', 'returned');--> statement-breakpoint
CREATE INDEX "offer_updates_offer" ON "offer_updates" USING btree ("offer_id","created_at");--> statement-breakpoint
CREATE INDEX "offer_updates_competition" ON "offer_updates" USING btree ("competition_id","status");
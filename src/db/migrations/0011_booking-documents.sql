CREATE TYPE "public"."document_channel" AS ENUM('web_form', 'api', 'portal', 'back_office');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('pet_passport', 'vaccination_record', 'rabies_titer', 'health_certificate', 'import_permit', 'other');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('pending', 'ready', 'rejected');--> statement-breakpoint
CREATE TABLE "booking_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"booking_id" uuid,
	"pet_id" uuid,
	"pet_position" smallint,
	"kind" "document_kind" NOT NULL,
	"display_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"status" "document_status" DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"draft_key_hash" text,
	"uploaded_by" uuid,
	"uploaded_via" "document_channel" NOT NULL,
	"supersedes_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "storage_deletions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"storage_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "booking_documents" ADD CONSTRAINT "booking_documents_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_documents" ADD CONSTRAINT "booking_documents_pet_id_pets_id_fk" FOREIGN KEY ("pet_id") REFERENCES "public"."pets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_documents" ADD CONSTRAINT "booking_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_documents" ADD CONSTRAINT "booking_documents_supersedes_id_booking_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."booking_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_documents_booking_idx" ON "booking_documents" USING btree ("booking_id","created_at");--> statement-breakpoint
CREATE INDEX "booking_documents_unattached_idx" ON "booking_documents" USING btree ("created_at") WHERE "booking_documents"."booking_id" is null;--> statement-breakpoint
CREATE INDEX "booking_documents_deleted_idx" ON "booking_documents" USING btree ("deleted_at") WHERE "booking_documents"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX "storage_deletions_due_idx" ON "storage_deletions" USING btree ("not_before");
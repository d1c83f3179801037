CREATE TABLE "booking_imports" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"document" text NOT NULL,
	"document_sha256" text NOT NULL,
	"run_id" uuid NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "booking_imports" ADD CONSTRAINT "booking_imports_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_imports_source_key" ON "booking_imports" USING btree ("source","source_id");
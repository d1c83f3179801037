CREATE INDEX "customers_phone_digits_idx" ON "customers" USING btree (regexp_replace("phone", '[^0-9]', '', 'g'));--> statement-breakpoint
CREATE INDEX "customers_whatsapp_digits_idx" ON "customers" USING btree (regexp_replace("whatsapp", '[^0-9]', '', 'g'));--> statement-breakpoint
CREATE INDEX "pets_microchip_idx" ON "pets" USING btree ("microchip") WHERE "pets"."microchip" is not null;--> statement-breakpoint
-- Statistics for the new expression indexes: until ANALYZE the planner guesses ~10,000 customers per
-- phone number and walks every booking by date (6 s at a million) instead of the index (0.4 ms).
ANALYZE "customers";--> statement-breakpoint
ANALYZE "pets";

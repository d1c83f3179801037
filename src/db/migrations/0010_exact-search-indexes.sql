CREATE INDEX "customers_phone_digits_idx" ON "customers" USING btree (regexp_replace("phone", '[^0-9]', '', 'g'));--> statement-breakpoint
CREATE INDEX "customers_whatsapp_digits_idx" ON "customers" USING btree (regexp_replace("whatsapp", '[^0-9]', '', 'g'));--> statement-breakpoint
CREATE INDEX "pets_microchip_idx" ON "pets" USING btree ("microchip") WHERE "pets"."microchip" is not null;
CREATE TABLE "booking_status_counts" (
	"status" "booking_status" NOT NULL,
	"slot" smallint NOT NULL,
	"bookings" bigint NOT NULL,
	CONSTRAINT "booking_status_counts_status_slot_pk" PRIMARY KEY("status","slot")
);

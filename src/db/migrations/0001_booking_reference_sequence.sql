-- Booking numbers come from one sequence per year: concurrent bookings never share a number and never
-- wait on each other (a counter row would serialise every writer on its lock). A rolled-back booking
-- leaves a gap, which is acceptable for a reference.
CREATE FUNCTION next_booking_number(booking_year integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  sequence_name text := 'booking_number_' || booking_year;
BEGIN
  RETURN nextval(sequence_name::regclass);
EXCEPTION WHEN undefined_table THEN
  BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', sequence_name);
  EXCEPTION WHEN unique_violation OR duplicate_table THEN
    -- Another transaction created it at the same moment; use theirs.
    NULL;
  END;
  RETURN nextval(sequence_name::regclass);
END;
$$;
--> statement-breakpoint
-- Formats PP-2026-00042; more than five digits are kept whole rather than truncated.
CREATE FUNCTION format_booking_reference(prefix text, booking_year integer, booking_number bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT prefix || '-' || booking_year || '-' || lpad(booking_number::text, greatest(5, length(booking_number::text)), '0')
$$;

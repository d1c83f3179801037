// The words a customer reads for a journey's steps, in one place so they can be translated later.
import type { JourneyStepKey } from "@/contracts/journey/journey";
import type { PetSpecies } from "@/lib/enum-values";

export const JOURNEY_STEP_LABELS: Record<JourneyStepKey, string> = {
  received: "Booking received",
  confirmed: "Booking confirmed",
  preparing: "Preparing for travel",
  flight_booked: "Flight booked",
  in_the_air: "In the air",
  arrived: "Arrived",
  completed: "Completed",
  cancelled: "Cancelled",
};

/** What the current step means for the owner, as a whole sentence. */
export const JOURNEY_STEP_SENTENCES: Record<JourneyStepKey, string> = {
  received: "We have your booking and will confirm it soon.",
  confirmed: "Your booking is confirmed.",
  preparing: "We are preparing your pets' travel.",
  flight_booked: "Your pets' flight is booked.",
  in_the_air: "Your pets are in the air.",
  arrived: "Your pets' flight has arrived.",
  completed: "Your pets' journey is complete.",
  cancelled: "This booking is cancelled.",
};

export const SPECIES_LABELS: Record<PetSpecies, string> = { dog: "dog", cat: "cat", other: "pet" };

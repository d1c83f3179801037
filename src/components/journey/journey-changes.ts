// What changed between two versions of a journey, as the short sentence the live region announces.
import type { Journey, PublicJourney } from "@/contracts/journey/journey";
import { JOURNEY_STEP_LABELS } from "./journey-words";

type AnyJourney = Journey | PublicJourney;

export function describeChange(before: AnyJourney, after: AnyJourney): string {
  const step = (journey: AnyJourney) => journey.steps.find((candidate) => candidate.current)?.key;
  const now = step(after);
  if (now && now !== step(before)) return `Updated: ${JOURNEY_STEP_LABELS[now]}.`;
  const newest = after.updates[0];
  if (newest && newest.id !== before.updates[0]?.id) return "Updated: a new update from our team.";
  if (JSON.stringify(after.flight) !== JSON.stringify(before.flight)) return "Updated: the flight details changed.";
  return "Updated.";
}

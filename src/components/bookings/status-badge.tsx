import { Badge } from "@/components/ui/badge";
import { BOOKING_STATUS_LABELS, type BookingStatus } from "@/contracts/bookings/schemas";

const tones = {
  pending: "neutral",
  confirmed: "info",
  in_progress: "progress",
  flight_booked: "flight",
  completed: "success",
  cancelled: "danger",
} as const;

export function StatusBadge({ status }: { status: string }) {
  const known = status in tones ? (status as BookingStatus) : undefined;
  return <Badge tone={known ? tones[known] : "neutral"}>{known ? BOOKING_STATUS_LABELS[known] : status}</Badge>;
}

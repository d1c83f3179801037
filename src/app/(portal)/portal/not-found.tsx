import type { Metadata } from "next";
import { PageMiss } from "../../page-miss";

export const metadata: Metadata = { title: "Not found" };

/** A portal page's notFound(): none of the customer's bookings has this reference, or a team member came here. */
export default function PortalNotFound() {
  return <PageMiss />;
}

import type { Metadata } from "next";
import { PageMiss } from "../../page-miss";

export const metadata: Metadata = { title: "Not found" };

/** A back-office page's notFound(): no such booking or email, or a page for admins opened by staff. */
export default function AdminNotFound() {
  return <PageMiss framed={false} />;
}

import type { Metadata } from "next";
import { PageMiss } from "./page-miss";

export const metadata: Metadata = { title: "Not found" };

/** Any address with no page, and any notFound() no closer not-found page catches. */
export default function NotFound() {
  return <PageMiss />;
}

import type { Metadata } from "next";
import { BookingForm } from "@/components/booking-form/booking-form";
import { brand } from "@/config/brand";

export const metadata: Metadata = { title: "Book a pet relocation" };

export default function BookPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight">Book a pet relocation</h1>
      <p className="mt-2 text-muted-foreground">
        It takes about five minutes. A {brand.name} specialist will confirm the plan and the price with you; nothing is
        charged now.
      </p>
      <BookingForm />
    </div>
  );
}

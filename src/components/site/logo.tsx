import Link from "next/link";
import { brand } from "@/config/brand";

export function Logo() {
  return (
    <Link
      href="/"
      className="flex items-center gap-2.5 rounded-md font-semibold tracking-tight focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG needs no optimisation */}
      <img src={brand.logoPath} alt="" width={32} height={32} className="size-8" />
      <span className="text-lg">
        {brand.name}
        <span className="font-normal text-muted-foreground"> Bookings</span>
      </span>
    </Link>
  );
}

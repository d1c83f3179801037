import Link from "next/link";
import { StatusBadge } from "@/components/bookings/status-badge";
import { getDb } from "@/db/client";
import { countryFlag } from "@/lib/countries";
import { requirePagePermission } from "@/app/page-guard";
import { findRecentBookings } from "@/server/bookings/find-recent-bookings";

export const metadata = { title: "Bookings" };

export default async function AdminHomePage() {
  const actor = await requirePagePermission("bookings.read", "/admin");
  const rows = await findRecentBookings({ db: await getDb(), actor });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Newest bookings</h1>
      <div className="overflow-x-auto rounded-xl border bg-card">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The 25 newest bookings</caption>
          <thead className="border-b bg-muted/50 text-xs uppercase text-muted-foreground">
            <tr>
              {["Reference", "Status", "Customer", "Pets", "Route", "Travel date", "Created"].map((label) => (
                <th key={label} scope="col" className="px-3 py-2 font-medium">{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.reference} className="border-b last:border-0">
                <td className="px-3 py-2 font-mono font-medium">
                  <Link className="text-primary underline-offset-4 hover:underline" href={`/admin/bookings/${row.reference}`}>{row.reference}</Link>
                </td>
                <td className="px-3 py-2"><StatusBadge status={row.status} /></td>
                <td className="px-3 py-2">{row.customerName}</td>
                <td className="px-3 py-2">{row.petNames}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {countryFlag(row.originCountry)} {row.originCountry} → {countryFlag(row.destinationCountry)} {row.destinationCountry}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{row.travelDate}</td>
                <td className="px-3 py-2 whitespace-nowrap text-muted-foreground">{row.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="px-3 py-10 text-center text-muted-foreground">No bookings yet.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

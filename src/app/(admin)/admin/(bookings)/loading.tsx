import { Skeleton } from "@/components/ui/skeleton";

/**
 * While /admin renders on the server: the table's shape, so the page does not jump when rows arrive.
 * In its own route group so that it wraps the table only: a Suspense boundary above the other admin
 * pages would make their 404s (staff on an admin-only page) answer 200 once streaming started.
 */
export default function BookingsLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-2xl font-semibold tracking-tight">Bookings</h1>
      <p className="sr-only" role="status">
        Loading bookings…
      </p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {Array.from({ length: 7 }, (_, index) => (
          <Skeleton key={index} className="h-16 rounded-xl" />
        ))}
      </div>
      <Skeleton className="h-10 w-full max-w-sm" />
      <div className="space-y-2 rounded-xl border bg-card p-3">
        {Array.from({ length: 10 }, (_, index) => (
          <Skeleton key={index} className="h-8 w-full" />
        ))}
      </div>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentControl } from "@/components/admin/booking-record/assignment-control";
import { BookingDetails } from "@/components/admin/booking-record/booking-details";
import { BookingEditor } from "@/components/admin/booking-record/booking-editor";
import { CustomerUpdateForm } from "@/components/admin/booking-record/customer-update-form";
import { DeleteBookingButton } from "@/components/admin/booking-record/delete-booking-button";
import { DeletedBanner } from "@/components/admin/booking-record/deleted-banner";
import { DocumentsPanel } from "@/components/admin/booking-record/documents-panel";
import { editValuesOf } from "@/contracts/bookings/edit-values";
import { FlightCorrection } from "@/components/admin/booking-record/flight-correction";
import { NotesPanel } from "@/components/admin/booking-record/notes-panel";
import { RecordSection } from "@/components/admin/booking-record/record-section";
import { brand } from "@/config/brand";
import { formatCalendarDay, formatInstant } from "@/lib/format-date-time";
import { StatusActions } from "@/components/admin/booking-record/status-actions";
import { TimelineList } from "@/components/admin/booking-record/timeline-list";
import { StatusBadge } from "@/components/bookings/status-badge";
import { CountryFlag } from "@/components/ui/country-flag";
import { requirePagePermission } from "@/web/page-guard";
import { can } from "@/server/access/actor";
import { airportTimeZone } from "@/server/airports/airport-time-zones";
import { findAssignableTeam } from "@/server/bookings/assign-booking";
import { getBookingTimeline } from "@/server/bookings/booking-timeline";
import { RESTORE_DAYS } from "@/server/bookings/delete-booking";
import { getBooking } from "@/server/bookings/get-booking";
import { DOCUMENT_RESTORE_DAYS } from "@/server/documents/document-limits";
import { listBookingDocuments } from "@/server/documents/list-booking-documents";
import { listBookingNotes } from "@/server/bookings/notes";
import { nextStatuses } from "@/contracts/bookings/workflow";
import { isAppError } from "@/server/errors";
import { getImportedSubmission } from "@/server/imports/get-imported-submission";

export const metadata = { title: "Booking" };

/** One booking in depth. What each person may change is decided here for the controls, and again by the server for every action. */
export default async function BookingPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const { db, actor } = await requirePagePermission("bookings.read", `/admin/bookings/${reference}`);
  // Deleted bookings open for admins only (getBooking ignores includeDeleted for others).
  const booking = await getBooking({ db, actor, reference, includeDeleted: true }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const live = booking.deletedAt === null;
  const showDocuments = live && can(actor, "documents.read");
  const [timeline, team, notes, documents, original] = await Promise.all([
    getBookingTimeline({ db, actor, bookingId: booking.id }),
    findAssignableTeam({ db, actor }),
    live ? listBookingNotes({ db, actor, reference }) : Promise.resolve([]),
    showDocuments ? listBookingDocuments({ db, actor, reference }) : Promise.resolve([]),
    // Admins only: the old system's whole document of an imported booking.
    booking.source === "import" && can(actor, "imports.read")
      ? getImportedSubmission({ db, actor, bookingId: booking.id })
      : Promise.resolve(null),
  ]);
  const assignee = booking.assigneeId
    ? (team.find((member) => member.id === booking.assigneeId)?.name ?? "a former team member")
    : null;
  const mayEdit = live && can(actor, "bookings.edit");

  return (
    <div className="space-y-4">
      <Link href="/admin" className="text-sm text-primary underline-offset-4 hover:underline">
        ← Bookings
      </Link>
      {booking.deletedAt && (
        <DeletedBanner
          reference={booking.reference}
          deletedOn={formatInstant(booking.deletedAt, brand.timeZone)}
          restoreUntil={formatInstant(
            new Date(booking.deletedAt.getTime() + RESTORE_DAYS * 86_400_000),
            brand.timeZone,
          )}
        />
      )}
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-semibold">{booking.reference}</h1>
          <StatusBadge status={booking.status} />
        </div>
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {(
            [
              ["Customer", booking.customer.fullName],
              [
                "Route",
                <span key="route" className="inline-flex flex-wrap items-center gap-1.5">
                  <CountryFlag code={booking.originCountry} />
                  {booking.originCountry} {booking.originCity} →
                  <CountryFlag code={booking.destinationCountry} />
                  {booking.destinationCountry} {booking.destinationCity}
                </span>,
              ],
              ["Travels", formatCalendarDay(booking.travelDate)],
              ["Assigned to", assignee ?? "Nobody yet"],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="flex gap-1.5">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </header>

      {/* The step people take all day comes first, on a phone as on a desktop. */}
      {live && can(actor, "bookings.changeStatus") && (
        <RecordSection title="Status">
          <StatusActions
            reference={booking.reference}
            version={booking.version}
            current={booking.status}
            next={nextStatuses(booking.status, can(actor, "bookings.reopen"))}
          />
        </RecordSection>
      )}

      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="grid gap-4">
          {mayEdit && (
            <BookingEditor
              reference={booking.reference}
              version={booking.version}
              current={editValuesOf(booking)}
              team={team}
            />
          )}
          <BookingDetails
            booking={booking}
            flightZones={
              booking.flight
                ? {
                    departure: airportTimeZone(booking.flight.departureAirport),
                    arrival: airportTimeZone(booking.flight.arrivalAirport),
                  }
                : undefined
            }
          >
            {live && booking.status === "flight_booked" && booking.flight && can(actor, "bookings.changeStatus") && (
              <div className="mt-3">
                <FlightCorrection reference={booking.reference} flight={booking.flight} />
              </div>
            )}
          </BookingDetails>
          {showDocuments && (
            <RecordSection title="Documents">
              <DocumentsPanel
                reference={booking.reference}
                documents={documents}
                pets={booking.pets.map((pet) => ({ id: pet.id, name: pet.name }))}
                mayUpload={can(actor, "documents.upload")}
                mayDelete={can(actor, "documents.delete")}
                restoreDays={DOCUMENT_RESTORE_DAYS}
              />
            </RecordSection>
          )}
        </div>
        <div className="grid gap-4">
          {live && can(actor, "bookings.assign") && (
            <RecordSection title="Assignment">
              <AssignmentControl
                reference={booking.reference}
                assigneeId={booking.assigneeId}
                team={team}
                meId={actor.id}
              />
            </RecordSection>
          )}
          {live && can(actor, "customerUpdates.write") && (
            <RecordSection title="Update for the customer">
              <CustomerUpdateForm reference={booking.reference} />
            </RecordSection>
          )}
          {live && (
            <RecordSection title="Internal notes">
              <NotesPanel
                reference={booking.reference}
                canWrite={can(actor, "notes.write")}
                notes={notes.map((note) => ({
                  id: note.id,
                  body: note.body,
                  authorName: note.author?.name ?? null,
                  createdAt: note.createdAt,
                  edited: note.updatedAt.getTime() - note.createdAt.getTime() > 1000,
                  canEdit: note.canEdit,
                }))}
              />
            </RecordSection>
          )}
          {original && (
            <RecordSection title="Original submission">
              <p className="mb-2 text-sm text-muted-foreground">
                Imported from the old booking system (id {original.sourceId}) on{" "}
                {formatInstant(original.importedAt, brand.timeZone)}.
              </p>
              <pre className="max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs break-all whitespace-pre-wrap">
                {original.text}
              </pre>
            </RecordSection>
          )}
          <RecordSection title="Timeline">
            <TimelineList
              entries={timeline}
              canOpenEmails={can(actor, "emails.read")}
              withdrawUpdatesOf={live && can(actor, "customerUpdates.withdraw") ? booking.reference : undefined}
            />
          </RecordSection>
        </div>
      </div>

      {/* Destructive, rare and admin-only: last on the page. */}
      {live && can(actor, "bookings.delete") && (
        <RecordSection title="Delete this booking">
          <p className="mb-3 text-sm text-muted-foreground">
            It leaves the bookings table and the customer&apos;s portal; an admin can restore it for {RESTORE_DAYS}{" "}
            days.
          </p>
          <DeleteBookingButton reference={booking.reference} restoreDays={RESTORE_DAYS} />
        </RecordSection>
      )}
    </div>
  );
}

import "server-only";
import { bookingSearchText } from "@/lib/search-text";
import { formatBookingReference } from "@/contracts/bookings/booking-reference";
import type { NumberedYear } from "./booking-numbers";
import { emailAddress, newCustomer, type SeedCustomer } from "./customers";
import { demoBookings, type DemoBooking } from "./demo-bookings";
import { flightFor, type RouteEnds } from "./flights";
import { specialRequests } from "./free-text";
import { timeOrderedId } from "./ids";
import { household } from "./pets";
import { countryByCode } from "./places";
import { weighted, type Random } from "./random";
import { leadTimeMs, routeFor, serviceTypeFor } from "./routes";
import type { BookingRow, PetDetails, SeedBatch } from "./rows";
import { statusChangedAt, statusFor, type Status } from "./statuses";
import { DAY_MS, isoDate } from "./timeline";

type Returning = { customer: SeedCustomer; remaining: number };

const sources = weighted<BookingRow["source"]>([
  ["web_form", 80],
  ["api", 12],
  ["admin", 8],
]);
// Most customers book once; about one in four comes back once or twice (about 1.3 bookings each).
const laterBookings = weighted([
  [0, 72.5],
  [1, 20],
  [2, 7.5],
] as const);

export type BookingFactoryOptions = {
  random: Random;
  now: number;
  /** Creation time of every booking, oldest first. */
  createdAt: Float64Array;
  years: readonly NumberedYear[];
  emailSerialStart: bigint;
  /** Bookings per insert statement; two statements may run at once (see scheduleReturn). */
  batchSize: number;
};

/** Builds the seed's rows in creation order, batch by batch; the newest few are the demo bookings. */
export class BookingFactory {
  private readonly random: Random;
  private readonly demoFrom: number;
  private readonly returning = new Map<number, Returning>();
  private emailSerial: bigint;

  constructor(private readonly options: BookingFactoryOptions) {
    this.random = options.random;
    this.demoFrom = Math.max(0, options.createdAt.length - demoBookings.length);
    this.emailSerial = options.emailSerialStart;
  }

  /** Appends the rows of bookings [from, to) to the batch. */
  build(batch: SeedBatch, from: number, to: number): void {
    for (let index = from; index < to; index++) {
      if (index >= this.demoFrom) this.addDemo(batch, index, demoBookings[index - this.demoFrom]!);
      else this.addRandom(batch, index);
    }
  }

  private nextSerial(): string {
    return String(this.emailSerial++);
  }

  private reference(index: number): string {
    const year = this.options.years.find((y) => index >= y.from && index < y.to)!;
    return formatBookingReference(year.year, year.firstNumber + index - year.from);
  }

  private addRandom(batch: SeedBatch, index: number): void {
    const { random } = this;
    const createdAt = this.options.createdAt[index]!;
    const scheduled = this.returning.get(index);
    this.returning.delete(index);
    const customer = scheduled?.customer ?? newCustomer(random, timeOrderedId(createdAt), this.nextSerial());
    if (!scheduled) this.addCustomer(batch, customer, createdAt);
    const remaining = scheduled ? scheduled.remaining - 1 : random.choose(laterBookings);
    if (remaining > 0) this.scheduleReturn(index, { customer, remaining });

    const route = routeFor(random, customer);
    const travelAt = createdAt + leadTimeMs(random, route);
    const byRoad = route.origin === route.destination;
    const status = statusFor(random, createdAt, travelAt, this.options.now, byRoad);
    // Returning customers often move the same animals again.
    const pets = customer.pets && random.chance(0.7) ? customer.pets : household(random, createdAt, route.origin.code);
    customer.pets = pets;
    this.addBooking(batch, index, {
      customer,
      route,
      travelAt,
      status,
      pets,
      source: random.choose(sources),
      specialRequests: random.chance(0.22) ? random.pick(specialRequests) : null,
    });
  }

  private addDemo(batch: SeedBatch, index: number, demo: DemoBooking): void {
    const createdAt = this.options.createdAt[index]!;
    const customer: SeedCustomer = {
      id: timeOrderedId(createdAt),
      name: `${demo.first} ${demo.last}`,
      email: emailAddress(this.random, demo.first, demo.last, this.nextSerial()),
      phone: demo.phone,
      whatsapp: demo.whatsapp,
      preferredContact: demo.preferredContact,
      home: demo.destination.country,
      residence: "AE",
    };
    this.addCustomer(batch, customer, createdAt);
    const end = (code: string, cityName: string) => {
      const country = countryByCode(code)!;
      return { country, city: country.cities.items.find((c) => c.name === cityName)! };
    };
    const origin = end(demo.origin.country, demo.origin.city);
    const destination = end(demo.destination.country, demo.destination.city);
    this.addBooking(batch, index, {
      customer,
      route: {
        origin: origin.country,
        originCity: origin.city,
        destination: destination.country,
        destinationCity: destination.city,
      },
      // Upcoming whatever the seed's size: with few bookings the newest may be days old.
      travelAt: this.options.now + demo.leadDays * DAY_MS,
      status: demo.status,
      pets: demo.pets,
      source: "web_form",
      specialRequests: demo.specialRequests,
    });
  }

  private scheduleReturn(index: number, entry: Returning): void {
    const { batchSize, createdAt } = this.options;
    let target = index + Math.max(1, Math.round(createdAt.length * this.random.float(0.02, 0.3)));
    // The next batch may be written alongside this one, before this customer is committed.
    const batch = Math.floor(index / batchSize);
    if (Math.floor(target / batchSize) === batch + 1) target = (batch + 2) * batchSize;
    while (target < this.demoFrom && this.returning.has(target)) target++;
    if (target < this.demoFrom) this.returning.set(target, entry);
  }

  private addCustomer(batch: SeedBatch, customer: SeedCustomer, createdAt: number): void {
    const at = new Date(createdAt).toISOString();
    batch.customers.push({
      id: customer.id,
      full_name: customer.name,
      email: customer.email,
      phone: customer.phone,
      whatsapp: customer.whatsapp,
      preferred_contact: customer.preferredContact,
      created_at: at,
      updated_at: at,
    });
  }

  private addBooking(
    batch: SeedBatch,
    index: number,
    booking: {
      customer: SeedCustomer;
      route: RouteEnds;
      travelAt: number;
      status: Status;
      pets: PetDetails[];
      source: BookingRow["source"];
      specialRequests: string | null;
    },
  ): void {
    const { random } = this;
    const { customer, route, travelAt, status, pets, source } = booking;
    const createdAt = this.options.createdAt[index]!;
    const id = timeOrderedId(createdAt);
    const created = new Date(createdAt).toISOString();
    const reference = this.reference(index);
    const travelDate = isoDate(travelAt);
    const flies = route.origin !== route.destination && (status === "flight_booked" || status === "completed");
    const changedAt =
      status === "pending"
        ? undefined
        : new Date(statusChangedAt(random, status, createdAt, travelAt, this.options.now)).toISOString();

    batch.bookings.push({
      id,
      reference,
      customer_id: customer.id,
      status,
      service_type: serviceTypeFor(route.origin.code, route.destination.code),
      source,
      origin_country: route.origin.code,
      origin_city: route.originCity.name,
      destination_country: route.destination.code,
      destination_city: route.destinationCity.name,
      travel_date: travelDate,
      special_requests: booking.specialRequests,
      consent_at: created,
      flight: flies ? flightFor(random, route, travelDate) : null,
      version: changedAt ? 2 : 1,
      search_text: bookingSearchText({
        reference,
        customerName: customer.name,
        email: customer.email,
        phone: customer.phone,
        whatsapp: customer.whatsapp,
        pets,
      }),
      created_at: created,
      updated_at: changedAt ?? created,
    });
    pets.forEach((pet, position) =>
      batch.pets.push({ ...pet, id: timeOrderedId(createdAt), booking_id: id, position, created_at: created }),
    );
    batch.events.push({ booking_id: id, type: "created", data: { source }, created_at: created });
    if (changedAt) {
      batch.events.push({
        booking_id: id,
        type: "status_changed",
        data: { from: "pending", to: status },
        created_at: changedAt,
      });
    }
  }
}

import "server-only";
import { z } from "zod";
import type { BookingListItem, BookingListPage } from "@/contracts/bookings/list-item";
import { MAX_PAGE_SIZE } from "@/contracts/bookings/list-query";
import { MAX_PAGE } from "@/contracts/list-page";
import {
  BOOKING_SOURCES,
  BOOKING_STATUSES,
  CONTACT_METHODS,
  PET_SEXES,
  PET_SPECIES,
  SERVICE_TYPES,
} from "@/lib/enum-values";
import type { toBookingResource } from "@/server/bookings/booking-resource";
import type { StatusChangeResult } from "@/server/bookings/change-status";
import type { restoreBooking } from "@/server/bookings/delete-booking";
import { namedZodSchema } from "../operation";
import {
  dayStringSchema,
  referenceSchema,
  teamMemberSchema,
  timestampSchema,
  uuidSchema,
  versionNumberSchema,
} from "./common";
import type { AsJson, Holds, Narrows, Same } from "./type-checks";

// What the bookings routes answer, for the OpenAPI document. The checks under each schema fail
// typecheck when the route's answer and its schema drift apart.

const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

const routeSchema = z.object({
  originCountry: countryCodeSchema,
  originCity: z.string(),
  destinationCountry: countryCodeSchema,
  destinationCity: z.string(),
  travelDate: dayStringSchema,
  serviceType: z.enum(SERVICE_TYPES),
});

export const flightSchema = z.object({
  airline: z.string(),
  flightNumber: z.string(),
  departureAirport: z.string().regex(/^[A-Z]{3}$/),
  departureTime: z.iso.datetime({ offset: true }),
  arrivalAirport: z.string().regex(/^[A-Z]{3}$/),
  arrivalTime: z.iso.datetime({ offset: true }),
  airWaybill: z.string().optional(),
});

const bookingResource = z.object({
  reference: referenceSchema,
  status: z.enum(BOOKING_STATUSES),
  version: versionNumberSchema,
  source: z.enum(BOOKING_SOURCES),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  customer: z.object({
    name: z.string(),
    email: z.email(),
    phone: z.string(),
    whatsapp: z.string().nullable(),
    preferredContact: z.enum(CONTACT_METHODS),
  }),
  route: routeSchema,
  pets: z
    .array(
      z.object({
        id: uuidSchema.meta({ description: "Names the pet in PATCH's `pets` list to edit it in place" }),
        name: z.string(),
        species: z.enum(PET_SPECIES),
        breed: z.string().nullable(),
        sex: z.enum(PET_SEXES).nullable(),
        dateOfBirth: dayStringSchema.nullable(),
        weightKg: z.number().nullable(),
        microchip: z
          .string()
          .regex(/^\d{15}$/)
          .nullable(),
        notes: z.string().nullable(),
      }),
    )
    .min(1),
  specialRequests: z.string().nullable(),
  assigneeId: uuidSchema.nullable(),
  flight: flightSchema.nullable(),
});
type _BookingResource = Holds<Same<z.output<typeof bookingResource>, ReturnType<typeof toBookingResource>>>;

export const bookingSchema = namedZodSchema("Booking", bookingResource, "output");

const listItem = z.object({
  reference: referenceSchema,
  status: z.enum(BOOKING_STATUSES),
  serviceType: z.enum(SERVICE_TYPES),
  customer: z.object({ name: z.string(), email: z.email(), phone: z.string() }),
  pets: z.array(
    z.object({
      name: z.string(),
      species: z.enum(PET_SPECIES),
      microchip: z
        .string()
        .regex(/^\d{15}$/)
        .nullable(),
    }),
  ),
  route: routeSchema.omit({ travelDate: true, serviceType: true }),
  travelDate: dayStringSchema,
  assignee: teamMemberSchema.nullable(),
  version: versionNumberSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});
type _ListItem = Holds<Narrows<z.output<typeof listItem>, BookingListItem>>;

const countSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ format: "int64" });

const bookingListPage = z.object({
  items: z.array(listItem).max(MAX_PAGE_SIZE),
  total: countSchema.meta({ description: "Exact, or PostgreSQL's estimate when totalIsExact is false" }),
  totalIsExact: z.boolean(),
  page: z.number().int().min(1).max(MAX_PAGE).meta({ format: "int32" }),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).meta({ format: "int32" }),
});
type _ListPage = Holds<Narrows<z.output<typeof bookingListPage>, BookingListPage>>;

export const bookingListPageSchema = namedZodSchema("BookingListPage", bookingListPage, "output");

const statusChange = z.object({
  reference: referenceSchema,
  status: z.enum(BOOKING_STATUSES),
  version: versionNumberSchema,
  emailQueued: z.boolean().meta({ description: "Whether an email to the customer was queued with the change" }),
});
type _StatusChange = Holds<Narrows<z.output<typeof statusChange>, StatusChangeResult>>;

export const statusChangeSchema = namedZodSchema("StatusChangeResult", statusChange, "output");

const restored = z.object({ reference: referenceSchema, version: versionNumberSchema });
type _Restored = Holds<Same<z.output<typeof restored>, AsJson<Awaited<ReturnType<typeof restoreBooking>>>>>;

export const restoredBookingSchema = namedZodSchema("RestoredBooking", restored, "output");

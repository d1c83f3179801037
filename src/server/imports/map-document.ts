import "server-only";
import type { Document } from "bson";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";
import {
  BOOKING_STATUSES,
  CONTACT_METHODS,
  PET_SEXES,
  PET_SPECIES,
  SERVICE_TYPES,
  type BookingStatus,
  type ServiceType,
} from "@/lib/enum-values";
import { countryResolver } from "./country-names";
import {
  NOT_A_NUMBER,
  calendarDayOf,
  consentOf,
  instantOf,
  numberOf,
  objectIdTime,
  sourceIdOf,
  textOf,
  valueAt,
} from "./document-values";
import type { ImportMapping } from "./import-mapping";
import { importedBookingSchema, type ImportedBookingBody } from "./import-schema";

/** Why a document was skipped: the field as the document names it, and the form's message. */
export type SkipReason = { field: string; message: string };

export type ConsentState = "recorded" | "assumed" | "missing";

export type MappedBooking = {
  sourceId: string;
  createdAt: Date;
  status: BookingStatus;
  serviceType: ServiceType;
  consentAt: Date;
  consent: ConsentState;
  body: ImportedBookingBody;
};

export type MappingOutcome =
  | { ok: true; booking: MappedBooking }
  | { ok: false; sourceId: string | undefined; consent: ConsentState; reasons: SkipReason[] };

const SPECIES_WORDS: Record<string, (typeof PET_SPECIES)[number]> = {
  puppy: "dog",
  canine: "dog",
  kitten: "cat",
  feline: "cat",
};
const SEX_WORDS: Record<string, (typeof PET_SEXES)[number]> = { m: "male", f: "female" };

const lower = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : undefined);
const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((known) => known === value);

/** Turns one mapping into the function that maps a document, so the per-document work stays small. */
export function documentMapper(mapping: ImportMapping, options: { assumeConsent: boolean }) {
  const country = countryResolver(mapping.countryAliases);
  const phoneCountry = (mapping.defaultPhoneCountry ?? undefined) as CountryCode | undefined;

  const phone = (value: unknown) => {
    const text = textOf(value);
    if (typeof text !== "string" || text.trim() === "" || !phoneCountry) return text;
    // A number written with its country code is kept as written (the form's rule then checks it); without
    // one, libphonenumber cannot read it anyway, so there is nothing to ask it first.
    if (text.trim().startsWith("+")) return text;
    // Intake wants a country code; the old form did not. A local number of the configured country gets it.
    const parsed = parsePhoneNumberFromString(text, phoneCountry);
    return parsed?.isValid() ? parsed.formatInternational() : text;
  };
  const contactOf = (value: string | undefined) =>
    value ? (mapping.contactMap[value] ?? oneOf(CONTACT_METHODS, value)) : undefined;
  const countryOf = (value: unknown) => {
    const text = textOf(value);
    return typeof text === "string" ? country(text) : text;
  };

  const petOf = (pet: unknown) => {
    const { fields } = mapping.pets;
    const at = (path: string | null | undefined) => (path ? valueAt(pet, path) : undefined);
    const species = lower(at(fields.species));
    const sex = lower(at(fields.sex));
    const weight = numberOf(at(fields.weight));
    return {
      name: textOf(at(fields.name)),
      // A species the form does not list (a rabbit) is "other"; the original document keeps the word.
      species: species
        ? (mapping.speciesMap[species] ?? oneOf(PET_SPECIES, species) ?? SPECIES_WORDS[species] ?? "other")
        : undefined,
      breed: textOf(at(fields.breed)),
      sex: sex ? (mapping.sexMap[sex] ?? oneOf(PET_SEXES, sex) ?? SEX_WORDS[sex] ?? "unknown") : undefined,
      dateOfBirth: calendarDayOf(at(fields.birthDate)),
      weightKg: weight === NOT_A_NUMBER ? textOf(at(fields.weight)) : weight,
      microchip: textOf(at(fields.microchip)),
      notes: textOf(at(fields.notes)),
    };
  };

  /** Zod's path on the form ("pets.0.name") → the document's path ("animals.0.petName"). */
  const documentPath = (formPath: PropertyKey[], petsAreArray: boolean): string => {
    const [section, key, ...rest] = formPath.map(String);
    if (section === "customer") {
      const field = key as keyof ImportMapping["customer"];
      return mapping.customer[field] ?? `customer.${key}`;
    }
    if (section === "route") {
      if (key === "originCountry") return mapping.origin.country;
      if (key === "originCity") return mapping.origin.city;
      if (key === "destinationCountry") return mapping.destination.country;
      if (key === "destinationCity") return mapping.destination.city;
      if (key === "travelDate") return mapping.travelDate;
      return mapping.serviceType ?? "serviceType";
    }
    if (section === "pets") {
      if (key === undefined) return mapping.pets.path;
      const fieldName = rest[0] === "weightKg" ? "weight" : rest[0] === "dateOfBirth" ? "birthDate" : rest[0];
      const field = mapping.pets.fields[fieldName as keyof ImportMapping["pets"]["fields"]] ?? fieldName;
      return petsAreArray ? `${mapping.pets.path}.${key}.${field}` : `${mapping.pets.path}.${field}`;
    }
    if (section === "specialRequests") return mapping.specialRequests ?? "specialRequests";
    return formPath.map(String).join(".") || "(document)";
  };

  const serviceTypeOf = (document: Document, origin: unknown, destination: unknown): ServiceType => {
    const named = mapping.serviceType ? lower(valueAt(document, mapping.serviceType)) : undefined;
    const mapped = named ? (mapping.serviceTypeMap[named] ?? oneOf(SERVICE_TYPES, named)) : undefined;
    if (mapped) return mapped;
    if (origin === "AE" && destination === "AE") return "domestic";
    if (origin === "AE") return "export_from_uae";
    if (destination === "AE") return "import_to_uae";
    return origin === destination ? "domestic" : "international";
  };

  return function mapDocument(document: Document): MappingOutcome {
    const reasons: SkipReason[] = [];
    const sourceId = sourceIdOf(document._id);
    if (!sourceId) reasons.push({ field: "_id", message: "The document has no _id" });

    const createdAt = instantOf(valueAt(document, mapping.createdAt)) ?? objectIdTime(document._id);
    if (!createdAt)
      reasons.push({ field: mapping.createdAt, message: "No created date, and the _id is not an ObjectId to date it" });

    const consentField = mapping.consent ? consentOf(valueAt(document, mapping.consent)) : { agreed: false };
    const consent: ConsentState = consentField.agreed ? "recorded" : options.assumeConsent ? "assumed" : "missing";
    if (consent === "missing")
      reasons.push({
        field: mapping.consent ?? "consent",
        message: "No consent to the privacy notice is recorded: pass --assume-consent to import it anyway",
      });

    const rawPets = valueAt(document, mapping.pets.path);
    const petsAreArray = Array.isArray(rawPets);
    const pets = petsAreArray
      ? rawPets.map(petOf)
      : rawPets !== null && typeof rawPets === "object"
        ? [petOf(rawPets)]
        : undefined;
    const c = mapping.customer;
    const originCountry = countryOf(valueAt(document, mapping.origin.country));
    const destinationCountry = countryOf(valueAt(document, mapping.destination.country));
    const email = textOf(valueAt(document, c.email));
    const candidate = {
      customer: {
        name: textOf(valueAt(document, c.name)),
        email: typeof email === "string" ? email.trim() : email,
        phone: phone(valueAt(document, c.phone)),
        whatsapp: c.whatsapp ? phone(valueAt(document, c.whatsapp)) : undefined,
        preferredContact: c.preferredContact ? contactOf(lower(valueAt(document, c.preferredContact))) : undefined,
      },
      route: {
        originCountry,
        originCity: textOf(valueAt(document, mapping.origin.city)),
        destinationCountry,
        destinationCity: textOf(valueAt(document, mapping.destination.city)),
        travelDate: calendarDayOf(valueAt(document, mapping.travelDate)),
        serviceType: serviceTypeOf(document, originCountry, destinationCountry),
      },
      pets,
      specialRequests: mapping.specialRequests ? textOf(valueAt(document, mapping.specialRequests)) : undefined,
    };
    const parsed = importedBookingSchema.safeParse(candidate);
    if (!parsed.success) {
      // One rule can fail several ways at once ("Narnia": length, pattern, list): each reason once.
      const said = new Set<string>();
      for (const issue of parsed.error.issues) {
        const reason = { field: documentPath(issue.path, petsAreArray), message: issue.message };
        const key = `${reason.field}\n${reason.message}`;
        if (!said.has(key)) reasons.push(reason);
        said.add(key);
      }
    }
    if (reasons.length > 0 || !parsed.success || !sourceId || !createdAt)
      return { ok: false, sourceId, consent, reasons };

    const status = mapping.status ? lower(valueAt(document, mapping.status)) : undefined;
    return {
      ok: true,
      booking: {
        sourceId,
        createdAt,
        status: status ? (mapping.statusMap[status] ?? oneOf(BOOKING_STATUSES, status) ?? "pending") : "pending",
        serviceType: parsed.data.route.serviceType,
        consentAt: consentField.at ?? createdAt,
        consent,
        body: parsed.data,
      },
    };
  };
}

export type DocumentMapper = ReturnType<typeof documentMapper>;

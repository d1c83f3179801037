import "server-only";
import { pgEnum } from "drizzle-orm/pg-core";
import {
  BOOKING_SOURCES,
  BOOKING_STATUSES,
  CONTACT_METHODS,
  DOCUMENT_CHANNELS,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  PET_SEXES,
  PET_SPECIES,
  SERVICE_TYPES,
} from "@/lib/enum-values";

export const bookingStatus = pgEnum("booking_status", BOOKING_STATUSES);
export const serviceType = pgEnum("service_type", SERVICE_TYPES);
export const bookingSource = pgEnum("booking_source", BOOKING_SOURCES);
export const contactMethod = pgEnum("contact_method", CONTACT_METHODS);
export const petSpecies = pgEnum("pet_species", PET_SPECIES);
export const petSex = pgEnum("pet_sex", PET_SEXES);
export const documentKind = pgEnum("document_kind", DOCUMENT_KINDS);
export const documentStatus = pgEnum("document_status", DOCUMENT_STATUSES);
export const documentChannel = pgEnum("document_channel", DOCUMENT_CHANNELS);

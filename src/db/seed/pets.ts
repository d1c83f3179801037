import "server-only";
import { catBreeds, dogBreeds, otherBreeds } from "./breeds";
import { petNotes, shortNoseNote } from "./free-text";
import { petNames } from "./pet-names";
import { weighted, type Random } from "./random";
import type { PetDetails, Sex, Species } from "./rows";
import { DAY_MS, isoDate } from "./timeline";

// 68% one pet, 24% two, 8% three: 1.4 pets a booking on average.
const petCounts = weighted([
  [1, 68],
  [2, 24],
  [3, 8],
] as const);
const species = weighted<Species>([
  ["dog", 55],
  ["cat", 40],
  ["other", 5],
]);
const sexes = weighted<Sex | null>([
  ["male", 45],
  ["female", 45],
  ["unknown", 3],
  [null, 7],
]);
const breedsBySpecies = { dog: dogBreeds, cat: catBreeds, other: otherBreeds };

// ISO 11784 chips start with a country's numeric code or a manufacturer code (900–998).
const manufacturerCodes = ["900", "941", "956", "968", "977", "981", "985"];
const countryChipCodes: Readonly<Record<string, string>> = {
  AE: "784",
  GB: "826",
  US: "840",
  CA: "124",
  AU: "036",
  DE: "276",
  FR: "250",
  IN: "356",
  PH: "608",
  ZA: "710",
};

function microchip(random: Random, originCountry: string): string {
  const countryCode = countryChipCodes[originCountry];
  const prefix = countryCode && random.chance(0.5) ? countryCode : random.pick(manufacturerCodes);
  return prefix + random.digits(12);
}

function pet(random: Random, kind: Species, name: string, createdAt: number, originCountry: string): PetDetails {
  const breed = random.choose(breedsBySpecies[kind]);
  const maxAgeYears = kind === "dog" ? 13 : kind === "cat" ? 16 : 8;
  const chipped = random.chance(kind === "other" ? 0.3 : 0.93);
  return {
    name,
    species: kind,
    breed: random.chance(0.05) ? null : breed.name,
    sex: random.choose(sexes),
    date_of_birth: random.chance(0.08) ? null : isoDate(createdAt - random.float(0.3, maxAgeYears) * 365 * DAY_MS),
    weight_kg: random.chance(0.1) ? null : Math.round(random.float(breed.minKg, breed.maxKg) * 100) / 100,
    microchip: chipped ? microchip(random, originCountry) : null,
    notes:
      breed.brachycephalic && random.chance(0.6) ? shortNoseNote : random.chance(0.15) ? random.pick(petNotes) : null,
  };
}

/** One to three pets of one household, usually of one kind, each with its own name. */
export function household(random: Random, createdAt: number, originCountry: string): PetDetails[] {
  const count = random.choose(petCounts);
  const first = random.choose(species);
  const pets: PetDetails[] = [];
  while (pets.length < count) {
    const name = random.pick(petNames);
    if (pets.some((p) => p.name === name)) continue;
    const kind = pets.length > 0 && !random.chance(0.6) ? random.choose(species) : first;
    pets.push(pet(random, kind, name, createdAt, originCountry));
  }
  return pets;
}

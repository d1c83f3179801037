import "server-only";
import { weighted } from "./random";

export type Breed = {
  name: string;
  minKg: number;
  maxKg: number;
  /** Short-nosed breeds: airlines restrict them, so their owners write about it. */
  brachycephalic?: boolean;
};

function breeds(rows: [string, number, number, number, boolean?][]) {
  return weighted<Breed>(
    rows.map(([name, minKg, maxKg, weight, brachycephalic]) => [{ name, minKg, maxKg, brachycephalic }, weight]),
  );
}

export const dogBreeds = breeds([
  ["Mixed breed", 6, 30, 16],
  ["Saluki", 16, 29, 4],
  ["Labrador Retriever", 25, 36, 8],
  ["Golden Retriever", 25, 34, 7],
  ["German Shepherd", 22, 40, 4],
  ["Siberian Husky", 16, 27, 3],
  ["Beagle", 9, 14, 3],
  ["French Bulldog", 8, 14, 5, true],
  ["Pug", 6, 9, 2, true],
  ["English Bulldog", 18, 25, 1, true],
  ["Shih Tzu", 4, 8, 4, true],
  ["Chihuahua", 1.5, 3, 4],
  ["Pomeranian", 1.8, 3.5, 5],
  ["Maltese", 2, 4, 3],
  ["Yorkshire Terrier", 2, 3.5, 3],
  ["Jack Russell Terrier", 5, 8, 3],
  ["Cocker Spaniel", 12, 16, 3],
  ["Border Collie", 14, 20, 2],
  ["Toy Poodle", 2, 4, 3],
  ["Cavapoo", 5, 12, 3],
  ["Labradoodle", 20, 35, 2],
  ["Dachshund", 7, 14, 2],
  ["Boxer", 25, 32, 1],
  ["Rottweiler", 35, 60, 1],
  ["Dobermann", 32, 45, 1],
  ["Great Dane", 45, 80, 0.5],
  ["Bernese Mountain Dog", 35, 55, 1],
  ["Shiba Inu", 8, 11, 1.5],
  ["Samoyed", 16, 30, 1.5],
  ["Weimaraner", 25, 40, 1],
  ["Whippet", 11, 18, 1],
  ["Pembroke Welsh Corgi", 10, 14, 1],
  ["Bichon Frisé", 5, 8, 1.5],
  ["Cavalier King Charles Spaniel", 5.5, 8, 1.5, true],
]);

export const catBreeds = breeds([
  ["Domestic Shorthair", 3, 6, 30],
  ["Domestic Longhair", 3, 6.5, 8],
  ["Arabian Mau", 3, 5.5, 8],
  ["British Shorthair", 4, 7.5, 8],
  ["Persian", 3, 5.5, 7, true],
  ["Maine Coon", 5, 9, 5],
  ["Ragdoll", 4.5, 9, 6],
  ["Siamese", 3, 5, 4],
  ["Bengal", 3.5, 7, 4],
  ["Scottish Fold", 3, 6, 4],
  ["Sphynx", 3, 5, 2],
  ["Russian Blue", 3, 5.5, 2],
  ["Exotic Shorthair", 3, 6, 2, true],
  ["Norwegian Forest Cat", 4, 9, 1],
  ["Birman", 3, 6, 1],
  ["Abyssinian", 3, 5, 1],
]);

export const otherBreeds = breeds([
  ["Holland Lop rabbit", 1, 2, 30],
  ["Netherland Dwarf rabbit", 0.8, 1.2, 15],
  ["African grey parrot", 0.4, 0.6, 15],
  ["Cockatiel", 0.08, 0.12, 12],
  ["Guinea pig", 0.7, 1.2, 12],
  ["Sulcata tortoise", 2, 20, 8],
  ["Ferret", 0.7, 2, 8],
]);

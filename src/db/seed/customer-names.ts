import "server-only";
import { weighted } from "./random";

export type NameGroup = {
  /** Countries this group most often moves pets to or from, besides the UAE. */
  homeCountries: readonly string[];
  female: readonly string[];
  male: readonly string[];
  /** A surname, or [male form, female form] where the language inflects it. */
  surnames: readonly (string | readonly [string, string])[];
};

const emirati: NameGroup = {
  homeCountries: ["AE"],
  female: [
    "Fatima",
    "Mariam",
    "Aisha",
    "Noura",
    "Hessa",
    "Shamma",
    "Latifa",
    "Maitha",
    "Reem",
    "Sara",
    "Alya",
    "Moza",
    "Shaikha",
    "Amna",
  ],
  male: [
    "Mohammed",
    "Ahmed",
    "Khalid",
    "Omar",
    "Saeed",
    "Rashid",
    "Hamdan",
    "Sultan",
    "Abdullah",
    "Yousef",
    "Saif",
    "Majid",
    "Hamad",
    "Obaid",
  ],
  surnames: [
    "Al Mansoori",
    "Al Hashimi",
    "Al Shamsi",
    "Al Kaabi",
    "Al Nuaimi",
    "Al Mazrouei",
    "Al Dhaheri",
    "Al Suwaidi",
    "Al Falasi",
    "Al Ketbi",
    "Al Zaabi",
    "Al Marri",
    "Al Qubaisi",
    "Al Hammadi",
    "Bin Hendi",
  ],
};

const arab: NameGroup = {
  homeCountries: ["LB", "JO", "EG", "SA", "KW", "BH", "QA", "OM"],
  female: ["Layla", "Rania", "Dina", "Nour", "Yasmine", "Lina", "Hala", "Rasha", "Mira", "Zeina", "Salma", "Hiba"],
  male: ["Rami", "Karim", "Tarek", "Hadi", "Omar", "Ziad", "Fadi", "Bassam", "Walid", "Nabil", "Sami", "Faisal"],
  surnames: [
    "Haddad",
    "Khoury",
    "Nasser",
    "Saleh",
    "Abboud",
    "Mansour",
    "Farouk",
    "El-Sayed",
    "Aziz",
    "Kassab",
    "Darwish",
    "Hijazi",
    "Al-Otaibi",
    "Al-Harbi",
  ],
};

// Written in Arabic script, as some customers type their names: exercises search and spreadsheet export.
const arabicScript: NameGroup = {
  homeCountries: ["AE", "SA", "EG", "JO"],
  female: ["سارة", "فاطمة", "مريم", "نورة", "ليلى", "عائشة"],
  male: ["محمد", "أحمد", "خالد", "عبدالله", "عمر", "يوسف"],
  surnames: ["المنصوري", "الهاشمي", "الشامسي", "الكعبي", "النعيمي", "المزروعي"],
};

const southAsian: NameGroup = {
  homeCountries: ["IN", "IN", "IN", "PK"],
  female: [
    "Priya",
    "Ananya",
    "Deepa",
    "Kavya",
    "Sneha",
    "Lakshmi",
    "Divya",
    "Meera",
    "Ayesha",
    "Zainab",
    "Sana",
    "Fatima",
    "Pooja",
    "Nisha",
  ],
  male: [
    "Arjun",
    "Rahul",
    "Vikram",
    "Sanjay",
    "Rohan",
    "Aditya",
    "Nikhil",
    "Karthik",
    "Imran",
    "Hamza",
    "Bilal",
    "Faisal",
    "Anil",
    "Suresh",
  ],
  surnames: [
    "Sharma",
    "Patel",
    "Nair",
    "Menon",
    "Iyer",
    "Reddy",
    "Kapoor",
    "Gupta",
    "Pillai",
    "Khan",
    "Qureshi",
    "Siddiqui",
    "Malik",
    "Chaudhry",
    "D'Souza",
    "Fernandes",
    "Pereira",
    "Joshi",
  ],
};

const filipino: NameGroup = {
  homeCountries: ["PH"],
  female: ["Maria", "Angelica", "Kristine", "Rowena", "Marivic", "Jasmine", "Patricia", "Lorna", "Joy", "Ma. Cristina"],
  male: ["José", "Mark", "John Paul", "Jerome", "Carlo", "Rodel", "Jayson", "Ramon", "Christian", "Arnel"],
  surnames: [
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "Dela Cruz",
    "Garcia",
    "Mendoza",
    "Villanueva",
    "Ramos",
    "Aquino",
    "Fernandez",
    "Castillo",
  ],
};

const britishIrish: NameGroup = {
  homeCountries: ["GB", "GB", "GB", "IE"],
  female: [
    "Charlotte",
    "Emily",
    "Sophie",
    "Hannah",
    "Lucy",
    "Georgia",
    "Chloe",
    "Siobhan",
    "Niamh",
    "Amelia",
    "Olivia",
    "Rebecca",
    "Kate",
    "Laura",
  ],
  male: [
    "James",
    "Oliver",
    "Harry",
    "Thomas",
    "William",
    "Jack",
    "George",
    "Ben",
    "Sam",
    "Daniel",
    "Ciarán",
    "Callum",
    "Matthew",
    "Rory",
  ],
  surnames: [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Roberts",
    "Walker",
    "Wright",
    "O'Brien",
    "O'Connor",
    "Murphy",
    "Kelly",
    "MacDonald",
    "Campbell",
    "Hughes",
    "Clarke",
    "Fitzgerald",
  ],
};

const french: NameGroup = {
  homeCountries: ["FR", "FR", "CH"],
  female: ["Renée", "Chloé", "Élodie", "Mathilde", "Aurélie", "Inès", "Camille", "Léa", "Hélène"],
  male: ["François", "Joël", "Jérôme", "Benoît", "Antoine", "Théo", "Julien", "Étienne"],
  surnames: ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau", "Fontaine", "Bélanger", "Mercier"],
};

const german: NameGroup = {
  homeCountries: ["DE", "DE", "CH", "NL"],
  female: ["Zoë", "Anja", "Katrin", "Lena", "Jana", "Sabine", "Annika", "Maike"],
  male: ["Jürgen", "Lukas", "Felix", "Tobias", "Stefan", "Jörg", "Maximilian", "Jan"],
  surnames: [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Schäfer",
    "Köhler",
    "Becker",
    "de Vries",
    "Jansen",
    "van Dijk",
  ],
};

const southernEuropean: NameGroup = {
  homeCountries: ["ES", "IT", "PT"],
  female: ["Lucía", "Sofía", "María José", "Giulia", "Chiara", "Francesca", "Inês", "Beatriz"],
  male: ["José", "Javier", "Álvaro", "Matteo", "Lorenzo", "Giovanni", "João", "Andrés"],
  surnames: ["García", "Martínez", "Núñez", "Fernández", "Gómez", "Rossi", "Bianchi", "Esposito", "Silva", "Gonçalves"],
};

const northernEuropean: NameGroup = {
  homeCountries: ["SE", "NL", "DE"],
  female: ["Ingrid", "Astrid", "Freja", "Sanne", "Maja", "Agnieszka"],
  male: ["Björn", "Søren", "Lars", "Anders", "Łukasz", "Piotr"],
  surnames: ["Nilsson", "Johansson", "Andersen", "Lindqvist", "Kowalski", "Nowak", "Bakker"],
};

const russian: NameGroup = {
  homeCountries: ["RU"],
  female: ["Anastasia", "Ekaterina", "Olga", "Natalia", "Yulia", "Irina", "Daria", "Svetlana"],
  male: ["Dmitry", "Alexei", "Sergei", "Ivan", "Maxim", "Artem", "Nikolai", "Andrei"],
  surnames: [
    ["Ivanov", "Ivanova"],
    ["Smirnov", "Smirnova"],
    ["Petrov", "Petrova"],
    ["Volkov", "Volkova"],
    ["Sokolov", "Sokolova"],
    ["Kuznetsov", "Kuznetsova"],
    ["Morozov", "Morozova"],
  ],
};

const northAmerican: NameGroup = {
  homeCountries: ["US", "US", "CA"],
  female: ["Madison", "Ashley", "Jessica", "Kayla", "Ava", "Mia", "Brooke", "Taylor"],
  male: ["Tyler", "Brandon", "Ryan", "Noah", "Ethan", "Logan", "Jordan", "Austin"],
  surnames: [
    "Johnson",
    "Williams",
    "Miller",
    "Davis",
    "Anderson",
    "Thompson",
    "Martin",
    "Robinson",
    "Nguyen",
    "Tremblay",
  ],
};

const antipodean: NameGroup = {
  homeCountries: ["AU", "AU", "NZ"],
  female: ["Isla", "Matilda", "Grace", "Ruby", "Zoe", "Tahlia"],
  male: ["Liam", "Cooper", "Lachlan", "Mitchell", "Hamish", "Riley"],
  surnames: ["Smith", "Kelly", "Ryan", "Walsh", "Cameron", "Ngata", "Harris"],
};

const southAfrican: NameGroup = {
  homeCountries: ["ZA"],
  female: ["Annelie", "Thandi", "Marike", "Lerato", "Chantelle"],
  male: ["Pieter", "Johan", "Sipho", "Ruan", "Tiaan"],
  surnames: ["van der Merwe", "Botha", "Naidoo", "Nkosi", "du Plessis", "Pretorius"],
};

/** Roughly the mix of the UAE's pet-owning residents. */
export const nameGroups = weighted<NameGroup>([
  [emirati, 14],
  [arab, 11],
  [arabicScript, 2],
  [southAsian, 20],
  [filipino, 8],
  [britishIrish, 17],
  [french, 4],
  [german, 4],
  [southernEuropean, 4],
  [northernEuropean, 2],
  [russian, 6],
  [northAmerican, 4],
  [antipodean, 2],
  [southAfrican, 2],
]);

/** How names written in Arabic script appear in email addresses. */
export const latinSpellings: Readonly<Record<string, string>> = {
  سارة: "sara",
  فاطمة: "fatima",
  مريم: "mariam",
  نورة: "noura",
  ليلى: "layla",
  عائشة: "aisha",
  محمد: "mohammed",
  أحمد: "ahmed",
  خالد: "khalid",
  عبدالله: "abdullah",
  عمر: "omar",
  يوسف: "yousef",
  المنصوري: "almansoori",
  الهاشمي: "alhashimi",
  الشامسي: "alshamsi",
  الكعبي: "alkaabi",
  النعيمي: "alnuaimi",
  المزروعي: "almazrouei",
};

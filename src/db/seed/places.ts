import "server-only";
import { weighted, type WeightedTable } from "./random";

export type City = { name: string; airport: string };

export type Country = {
  code: string;
  cities: WeightedTable<City>;
  /** Typical direct or one-stop flying time to or from the UAE. */
  flightHours: number;
};

function country(code: string, flightHours: number, cities: [string, string, number][]): Country {
  return { code, flightHours, cities: weighted(cities.map(([name, airport, w]) => [{ name, airport }, w])) };
}

// Al Ain and Ajman have no passenger airport of their own: pets fly through the nearest one.
export const uae = country("AE", 0, [
  ["Dubai", "DXB", 60],
  ["Abu Dhabi", "AUH", 22],
  ["Sharjah", "SHJ", 8],
  ["Al Ain", "AUH", 4],
  ["Ajman", "SHJ", 3],
  ["Ras Al Khaimah", "RKT", 2],
  ["Fujairah", "DXB", 1],
]);

const abroadList: [Country, number][] = [
  [
    country("GB", 7.5, [
      ["London", "LHR", 50],
      ["Manchester", "MAN", 12],
      ["Edinburgh", "EDI", 7],
      ["Birmingham", "BHX", 6],
      ["Glasgow", "GLA", 5],
      ["Bristol", "LHR", 4],
    ]),
    18,
  ],
  [
    country("IN", 3.5, [
      ["Mumbai", "BOM", 25],
      ["Bengaluru", "BLR", 18],
      ["Delhi", "DEL", 16],
      ["Kochi", "COK", 14],
      ["Chennai", "MAA", 10],
      ["Hyderabad", "HYD", 9],
      ["Pune", "BOM", 6],
    ]),
    9,
  ],
  [
    country("US", 14.5, [
      ["New York", "JFK", 25],
      ["Los Angeles", "LAX", 14],
      ["Houston", "IAH", 12],
      ["Chicago", "ORD", 10],
      ["San Francisco", "SFO", 9],
      ["Seattle", "SEA", 7],
      ["Washington", "IAD", 7],
      ["Dallas", "DFW", 6],
      ["Boston", "BOS", 6],
    ]),
    7,
  ],
  [
    country("CA", 13.5, [
      ["Toronto", "YYZ", 45],
      ["Vancouver", "YVR", 22],
      ["Montréal", "YUL", 15],
      ["Calgary", "YYC", 10],
      ["Ottawa", "YYZ", 5],
    ]),
    5,
  ],
  [
    country("AU", 13.5, [
      ["Sydney", "SYD", 35],
      ["Melbourne", "MEL", 35],
      ["Brisbane", "BNE", 15],
      ["Perth", "PER", 15],
    ]),
    5,
  ],
  [
    country("NZ", 16.5, [
      ["Auckland", "AKL", 60],
      ["Christchurch", "CHC", 20],
      ["Wellington", "WLG", 20],
    ]),
    2,
  ],
  [
    country("DE", 6.5, [
      ["Berlin", "BER", 25],
      ["Munich", "MUC", 22],
      ["Frankfurt", "FRA", 20],
      ["Hamburg", "HAM", 15],
      ["Düsseldorf", "DUS", 12],
      ["Köln", "DUS", 6],
    ]),
    4,
  ],
  [
    country("FR", 7, [
      ["Paris", "CDG", 60],
      ["Lyon", "LYS", 15],
      ["Nice", "NCE", 15],
      ["Marseille", "MRS", 10],
    ]),
    3,
  ],
  [
    country("NL", 7, [
      ["Amsterdam", "AMS", 55],
      ["Rotterdam", "AMS", 20],
      ["The Hague", "AMS", 15],
      ["Utrecht", "AMS", 10],
    ]),
    2.5,
  ],
  [
    country("IE", 8, [
      ["Dublin", "DUB", 75],
      ["Cork", "DUB", 15],
      ["Galway", "DUB", 10],
    ]),
    2.5,
  ],
  [
    country("ES", 8, [
      ["Madrid", "MAD", 40],
      ["Barcelona", "BCN", 35],
      ["Málaga", "AGP", 15],
      ["Valencia", "VLC", 10],
    ]),
    2,
  ],
  [
    country("IT", 6.5, [
      ["Milan", "MXP", 50],
      ["Rome", "FCO", 50],
    ]),
    1.5,
  ],
  [
    country("CH", 6.5, [
      ["Zürich", "ZRH", 55],
      ["Geneva", "GVA", 45],
    ]),
    1.5,
  ],
  [
    country("SE", 6.5, [
      ["Stockholm", "ARN", 70],
      ["Gothenburg", "GOT", 30],
    ]),
    1,
  ],
  [
    country("PT", 8.5, [
      ["Lisbon", "LIS", 70],
      ["Porto", "OPO", 30],
    ]),
    1,
  ],
  [
    country("PH", 9, [
      ["Manila", "MNL", 70],
      ["Cebu", "CEB", 20],
      ["Davao", "MNL", 10],
    ]),
    4,
  ],
  [
    country("PK", 2.5, [
      ["Karachi", "KHI", 45],
      ["Lahore", "LHE", 35],
      ["Islamabad", "ISB", 20],
    ]),
    2.5,
  ],
  [
    country("SA", 2, [
      ["Riyadh", "RUH", 45],
      ["Jeddah", "JED", 35],
      ["Dammam", "DMM", 12],
      ["Al Khobar", "DMM", 8],
    ]),
    4,
  ],
  [country("OM", 1.2, [["Muscat", "MCT", 100]]), 2.5],
  [country("QA", 1.1, [["Doha", "DOH", 100]]), 2],
  [country("BH", 1.3, [["Manama", "BAH", 100]]), 1.5],
  [country("KW", 2, [["Kuwait City", "KWI", 100]]), 1.5],
  [
    country("EG", 4, [
      ["Cairo", "CAI", 80],
      ["Alexandria", "CAI", 20],
    ]),
    2,
  ],
  [country("LB", 4, [["Beirut", "BEY", 100]]), 1.5],
  [country("JO", 3.3, [["Amman", "AMM", 100]]), 1.5],
  [
    country("ZA", 8.5, [
      ["Johannesburg", "JNB", 50],
      ["Cape Town", "CPT", 40],
      ["Durban", "JNB", 10],
    ]),
    2.5,
  ],
  [
    country("RU", 5.5, [
      ["Moscow", "SVO", 70],
      ["Saint Petersburg", "LED", 30],
    ]),
    2.5,
  ],
  [country("SG", 7.5, [["Singapore", "SIN", 100]]), 1.5],
  [country("HK", 8, [["Hong Kong", "HKG", 100]]), 1],
  [country("KE", 5, [["Nairobi", "NBO", 100]]), 1],
  [
    country("TH", 6.5, [
      ["Bangkok", "BKK", 75],
      ["Phuket", "HKT", 25],
    ]),
    1,
  ],
  [country("TR", 5, [["Istanbul", "IST", 100]]), 1],
];

/** The other end of a route that touches the UAE, weighted by how often customers go there. */
export const abroad = weighted(abroadList);

const byCode = new Map<string, Country>([[uae.code, uae], ...abroadList.map(([c]) => [c.code, c] as const)]);

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

/**
 * The company's identity in one place: pages, emails and references read it from here.
 * Colours live as CSS variables in src/app/globals.css (--brand-*), keyed to these names.
 */
export const brand = {
  name: "PawPath",
  productName: "PawPath Bookings",
  legalName: "PawPath Pet Relocation LLC",
  tagline: "Pet relocation to and from the UAE, handled end to end.",
  referencePrefix: "PP",
  timeZone: "Asia/Dubai",
  contact: {
    email: "hello@pawpathsae.com",
    phone: "+971 4 555 0142",
    whatsapp: "+971 50 555 0142",
    address: "Dubai Investments Park, Dubai, United Arab Emirates",
    hours: "Sunday to Friday, 9:00–18:00 GST",
  },
  logoPath: "/brand/logo.svg",
} as const;

export type Brand = typeof brand;

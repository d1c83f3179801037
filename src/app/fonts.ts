import localFont from "next/font/local";

// Bundled from @fontsource-variable/inter: no network at build time or run time. Only the Latin subset
// (Basic Latin and Latin-1: English, French, German, Spanish names) is preloaded on every page; the Latin
// Extended subset (Polish, Turkish, Czech… letters) is its own face in globals.css with a unicode-range,
// so a browser fetches it only for a page that shows such a letter (86 KB that most pages never use).
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  variable: "--font-inter",
  display: "swap",
});

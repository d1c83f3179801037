import "server-only";

// What customers write in the form's free-text fields, so that bookings read like real ones.

export const specialRequests: readonly string[] = [
  "Please collect from our villa in Arabian Ranches.",
  "We live in JLT, tower H; collection after 6pm works best.",
  "Can you handle the import permit as well?",
  "Our dates are flexible by a week or so.",
  "Please message on WhatsApp rather than calling, I'm often in meetings.",
  "Is it possible for our dog to travel on the same flight as us?",
  "We need the export health certificate endorsed in Abu Dhabi.",
  "Could you quote for boarding for 5 nights before the flight?",
  "Our cat has never been in a crate; any advice on crate training?",
  "We would like a door-to-door service including the vet visits.",
  "Please avoid routes with a stopover longer than 4 hours.",
  "We are moving with two kids and a lot of luggage, so please send the checklist early.",
  "Rabies titre test was done last month, results attached to the email.",
  "My employer pays for the relocation; please send the invoice to the company.",
  "Can the pets arrive a few days after us? We need to find a flat first.",
  "Summer heat: please only book flights that leave at night.",
  "Nous parlons français si c'est plus simple.",
  "Necesitamos la factura en euros, por favor.",
  "يرجى التواصل عبر واتساب",
];

export const petNotes: readonly string[] = [
  "Anxious with strangers; calmer with a blanket from home.",
  "On daily thyroid medication.",
  "Needs a larger crate than usual for the size.",
  "Allergic to chicken.",
  "Senior: please keep the journey as short as possible.",
  "Rescued from the desert; not used to crates yet.",
  "Gets car sick on long drives.",
  "Very friendly, loves treats.",
  "Has had both rabies boosters this year.",
  "Recently neutered.",
  "Escape artist: please double-check the crate door.",
  "Barks at other dogs but settles quickly.",
];

export const shortNoseNote = "Short-nosed breed: needs a temperature-controlled route and a well-ventilated crate.";

type RouteColumns = {
  originCountry: string;
  originCity: string;
  destinationCountry: string;
  destinationCity: string;
  travelDate: string;
  serviceType: string;
};

/** A booking's route in the shape of the booking form, the API and the emails. Pure: client-safe. */
export function routeOf<B extends RouteColumns>(booking: B): Pick<B, keyof RouteColumns> {
  return {
    originCountry: booking.originCountry,
    originCity: booking.originCity,
    destinationCountry: booking.destinationCountry,
    destinationCity: booking.destinationCity,
    travelDate: booking.travelDate,
    serviceType: booking.serviceType,
  };
}

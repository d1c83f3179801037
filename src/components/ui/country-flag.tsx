import { countryName } from "@/lib/countries";
import { cn } from "@/lib/utils";

type CountryFlagProps = {
  /** ISO 3166-1 alpha-2, such as "AE". */
  code: string;
  /** Beside text that already names the country: hidden from screen readers, which would read it twice. */
  decorative?: boolean;
  className?: string;
};

/**
 * A country's flag as a small SVG (the flag-icons package; the root layout loads its stylesheet), never an
 * emoji: emoji flags need a colour-emoji font that Windows and many Linux browsers do not have, and draw as
 * empty boxes.
 */
export function CountryFlag({ code, decorative = false, className }: CountryFlagProps) {
  const classes = cn(
    `fi fi-${code.toLowerCase()} shrink-0 rounded-[2px] shadow-[0_0_0_1px_rgb(0_0_0/0.08)]`,
    className,
  );
  return decorative ? (
    <span aria-hidden="true" className={classes} />
  ) : (
    <span role="img" aria-label={countryName(code)} className={classes} />
  );
}

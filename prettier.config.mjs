// `npm run format` / `npm run format:check` (CI runs the check before lint). Prettier's defaults match
// how the code was already written (double quotes, semicolons, trailing commas); printWidth is the house
// line length of 120: most files already fit it, and at 80 or 100 the long zod chains and SQL builders
// of src/server would be broken over many more lines.
/** @type {import("prettier").Config} */
const config = {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  // Tailwind 4: the plugin reads the theme from the stylesheet, and sorts classes inside these helpers too.
  tailwindStylesheet: "./src/app/globals.css",
  tailwindFunctions: ["cn", "cva"],
};

export default config;

// Module hooks for the command-line scripts (see server-only-preload.mjs). The `server-only` marker
// package throws unless it is resolved under the "react-server" condition, which Next.js applies to
// server code. A script is server code too, so its "server-only" resolves to the package's own empty
// module; every other package keeps its normal (non react-server) build, React included.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}

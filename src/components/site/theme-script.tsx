import { THEME_SCRIPT } from "./theme";

/**
 * The theme, applied before the first paint. Rendered by the root layout (a server component) into <head>,
 * so the browser runs it from the HTML and React only ever hydrates it: a <script> that React creates on the
 * client never runs, and React 19 logs an error for each (next-themes rendered its script from a client
 * component and did). `nonce`: this request's script nonce (the policy allows no other inline script).
 */
export function ThemeScript({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}

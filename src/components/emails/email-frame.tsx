/**
 * A rendered email, isolated: the sandboxed frame runs no script and cannot touch this page. Its links
 * open in a new tab (so a sign-in link from the development mailbox can be followed).
 */
export function EmailFrame({ html, title }: { html: string; title: string }) {
  const withBase = html.includes("<head>")
    ? html.replace("<head>", '<head><base target="_blank">')
    : `<base target="_blank">${html}`;
  return (
    <iframe
      title={title}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      srcDoc={withBase}
      className="h-[640px] w-full rounded-lg border bg-white"
    />
  );
}

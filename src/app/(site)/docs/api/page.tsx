import type { Metadata } from "next";
import { schemaFields } from "@/components/api-docs/schema-fields";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getConfig } from "@/config/env";
import { API_OPERATIONS } from "@/server/api-docs/api-operations";
import { buildOpenApiDocument } from "@/server/api-docs/openapi-document";
import { healthOperation, readyOperation } from "@/server/api-docs/operations/health";
import { createBookingOperation } from "@/server/api-docs/operations/bookings";

export const metadata: Metadata = { title: "Booking API" };
export const dynamic = "force-dynamic";

/** The team's operations: every one behind the session cookie (the intake, health and this document are public). */
const teamOperations = API_OPERATIONS.filter((operation) => operation.security.length > 0);

export default function ApiDocsPage() {
  const appUrl = getConfig().APP_URL;
  const document = buildOpenApiDocument(appUrl);
  const create = createBookingOperation;
  // The document's own examples: the same sample booking the OpenAPI document shows and tests check.
  const example = create.requestBody.example();
  const fields = schemaFields(
    document.components.schemas[create.requestBody.schema.name] as Parameters<typeof schemaFields>[0],
  );
  return (
    <article className="mx-auto max-w-5xl space-y-10 px-4 py-12 sm:px-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{document.info.title}</h1>
        <p className="text-muted-foreground">{document.info.description}</p>
        <p className="text-sm">
          Machine-readable:{" "}
          <a className="font-mono text-primary underline-offset-4 hover:underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{" "}
          (OpenAPI 3.1, generated from the same schemas the server validates with).
        </p>
      </header>

      <section className="space-y-4" aria-labelledby="create-heading">
        <h2 id="create-heading" className="text-2xl font-semibold">
          <span className="mr-2 rounded bg-primary px-2 py-0.5 font-mono text-sm text-primary-foreground">POST</span>
          <span className="font-mono">/api/v1/bookings</span>
        </h2>
        <p className="text-muted-foreground">{create.description}</p>
        <h3 className="text-lg font-semibold">Headers</h3>
        <ul className="list-disc pl-6 text-sm">
          <li>
            <code>Content-Type: application/json</code> (required)
          </li>
          <li>
            <code>Idempotency-Key</code>: {create.parameters[0]?.description}
          </li>
        </ul>
        <h3 className="text-lg font-semibold">Body</h3>
        <ScrollRegion label="Fields of the booking body" className="rounded-lg border">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Fields of the booking body</caption>
            <thead className="bg-muted/60">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Field
                </th>
                <th scope="col" className="px-3 py-2">
                  Type
                </th>
                <th scope="col" className="px-3 py-2">
                  Required
                </th>
                <th scope="col" className="px-3 py-2">
                  Rules
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field.path} className="border-t align-top">
                  <td className="px-3 py-2 font-mono text-xs">{field.path}</td>
                  <td className="px-3 py-2">{field.type}</td>
                  <td className="px-3 py-2">{field.required ? "yes" : "no"}</td>
                  <td className="px-3 py-2 text-muted-foreground">
                    {[field.description, ...field.rules].filter(Boolean).join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <h3 className="text-lg font-semibold">Example</h3>
        <ScrollRegion label="Example request" className="rounded-lg border bg-muted/40">
          <pre className="p-4 text-xs">
            {`curl -X POST ${appUrl}/api/v1/bookings \\
  -H 'Content-Type: application/json' \\
  -H 'Idempotency-Key: 0b6f1c9e-5d7a-4a59-9a3e-8f0f2a1c7b11' \\
  -d '${JSON.stringify(example, null, 2)}'`}
          </pre>
        </ScrollRegion>
        <h3 className="text-lg font-semibold">Responses</h3>
        <dl className="grid gap-3 text-sm sm:grid-cols-[6rem_1fr]">
          {Object.entries(create.responses).map(([status, response]) => (
            <div key={status} className="contents">
              <dt className="font-mono font-semibold">{status}</dt>
              <dd className="text-muted-foreground">{response.description}</dd>
            </div>
          ))}
        </dl>
        <ScrollRegion label="Example responses" className="rounded-lg border bg-muted/40">
          <pre className="p-4 text-xs">
            {(["201", "400"] as const)
              .map((status) => `${status} ${JSON.stringify(create.responses[status].example)}`)
              .join("\n")}
          </pre>
        </ScrollRegion>
      </section>

      <section className="space-y-4" aria-labelledby="team-heading">
        <h2 id="team-heading" className="text-2xl font-semibold">
          The team&apos;s API
        </h2>
        <p className="text-sm text-muted-foreground">
          For staff and admins signed in with the session cookie from <code>POST /api/auth/sign-in/email</code> (and,
          for <code>GET /api/v1/bookings/{"{reference}"}</code> and <code>GET /api/v1/me/bookings</code>, customers for
          their own bookings). Parameters and bodies are in the OpenAPI document.
        </p>
        <dl className="space-y-4 text-sm">
          {teamOperations.map((operation) => (
            <div key={`${operation.method} ${operation.path}`} className="rounded-lg border p-3">
              <dt className="font-mono font-semibold">
                {operation.method.toUpperCase()} {operation.path}
              </dt>
              <dd className="mt-1">
                <p>{operation.summary}</p>
                {operation.description && <p className="mt-1 text-muted-foreground">{operation.description}</p>}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="space-y-2" aria-labelledby="ops-heading">
        <h2 id="ops-heading" className="text-2xl font-semibold">
          Health
        </h2>
        <p className="text-sm">
          <code>GET /api/health</code>: {healthOperation.description}
        </p>
        <p className="text-sm">
          <code>GET /api/ready</code>: {readyOperation.description}
        </p>
      </section>
    </article>
  );
}

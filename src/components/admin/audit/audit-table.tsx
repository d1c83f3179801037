import { TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { brand } from "@/config/brand";
import type { AuditLogLine } from "@/contracts/audit/audit-log-line";
import { auditActionLabel } from "@/contracts/audit/audit-actions";
import { formatInstant } from "@/lib/format-date-time";

// Details are free-form per action; show them as "key: value" pairs, most of them one or two.
function formatDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(
      ([key, value]) =>
        `${key.replace(/([A-Z])/g, " $1").toLowerCase()}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
    )
    .join(" · ");
}

export function AuditTable({ lines }: { lines: AuditLogLine[] }) {
  return (
    // Wider than a phone and with nothing focusable inside, so the scrolling box itself takes focus:
    // keyboard users scroll it with the arrow keys.
    <div
      role="region"
      aria-label="Audit log lines"
      tabIndex={0}
      className="overflow-x-auto rounded-xl border bg-card outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
    >
      <table className="w-full caption-bottom text-sm">
        <TableCaption className="sr-only">Audit log, newest first</TableCaption>
        <TableHeader className="bg-muted/50">
          <TableRow>
            {["When", "Action", "Who", "Target", "IP address", "Details"].map((label) => (
              <TableHead key={label} scope="col">
                {label}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.id} className="align-top">
              <TableCell className="whitespace-nowrap text-muted-foreground">
                <time dateTime={line.createdAt.toISOString()}>
                  {formatInstant(line.createdAt, brand.timeZone, { seconds: true })}
                </time>
              </TableCell>
              <TableCell className="font-medium">{auditActionLabel(line.action)}</TableCell>
              <TableCell className="break-all">
                {line.actorEmail ?? <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell className="break-all">
                {line.targetLabel ?? <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell className="font-mono text-xs whitespace-nowrap">{line.ipAddress ?? ""}</TableCell>
              <TableCell className="min-w-48 text-xs text-muted-foreground">{formatDetails(line.details)}</TableCell>
            </TableRow>
          ))}
          {lines.length === 0 && (
            <TableRow>
              <TableCell colSpan={6} className="py-10 text-center text-muted-foreground">
                Nothing recorded yet.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </table>
    </div>
  );
}

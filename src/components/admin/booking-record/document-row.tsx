import { formatSize } from "@/lib/file-size";
import { DocumentStateBadge, canOpen } from "@/components/documents/document-state-badge";
import { documentDownloadUrl, documentTitle, uploadedByLine } from "@/components/documents/document-format";
import { Button, buttonVariants } from "@/components/ui/button";
import type { BookingDocumentView } from "@/contracts/documents/views";
import { DocumentThumbnail } from "./document-thumbnail";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";

type DocumentRowProps = {
  reference: string;
  document: BookingDocumentView;
  /** Which buttons this person gets; the server checks every request again. */
  mayReplace: boolean;
  mayDelete: boolean;
  pending: boolean;
  onReplace: () => void;
  onDelete: () => void;
  onRestore: () => void;
  /** The replace form or a refused change, under the document it is about. */
  children?: React.ReactNode;
};

/** One document on the record: what it is, whose it is, who sent it and when, and what can be done with it. */
export function DocumentRow(props: DocumentRowProps) {
  const { reference, document, mayReplace, mayDelete, pending, children } = props;
  const current = document.deletedAt === null && document.supersededById === null && document.status === "ready";
  // Listed deleted documents are still in their 30 days (the purge removes them after); the server checks again.
  const restorable = document.deletedAt !== null && document.restorableUntil !== null;
  return (
    <li className="flex gap-3 py-3" aria-label={document.name}>
      <DocumentThumbnail document={document} />
      <div className="grid min-w-0 flex-1 gap-1">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
          {documentTitle(document)}
          <DocumentStateBadge document={document} />
        </p>
        <p className="text-sm break-all">{document.name}</p>
        <p className="text-xs text-muted-foreground">
          {formatSize(document.sizeBytes)} · {uploadedByLine(document)} ·{" "}
          <time dateTime={document.createdAt}>{formatInstant(document.createdAt, brand.timeZone)}</time>
        </p>
        {document.deletedAt && (
          <p className="text-xs text-muted-foreground">
            Deleted <time dateTime={document.deletedAt}>{formatInstant(document.deletedAt, brand.timeZone)}</time>
            {restorable && document.restorableUntil && (
              <>
                ; restorable until{" "}
                <time dateTime={document.restorableUntil}>
                  {formatInstant(document.restorableUntil, brand.timeZone)}
                </time>
              </>
            )}
          </p>
        )}
        <div className="flex flex-wrap gap-1">
          {canOpen(document) && (
            // A plain link: the server answers 303 to a short-lived download, so nothing is fetched by script.
            <a
              href={documentDownloadUrl(reference, document.id)}
              className={buttonVariants({ variant: "outline", size: "sm" })}
            >
              Open<span className="sr-only"> {document.name}</span>
            </a>
          )}
          {mayReplace && current && (
            <Button variant="ghost" size="sm" disabled={pending} onClick={props.onReplace}>
              Replace<span className="sr-only"> {document.name}</span>
            </Button>
          )}
          {mayDelete && document.deletedAt === null && (
            <Button variant="ghost" size="sm" className="text-destructive" disabled={pending} onClick={props.onDelete}>
              Delete<span className="sr-only"> {document.name}</span>
            </Button>
          )}
          {mayDelete && restorable && (
            <Button variant="outline" size="sm" disabled={pending} onClick={props.onRestore}>
              Restore<span className="sr-only"> {document.name}</span>
            </Button>
          )}
        </div>
        {children}
      </div>
    </li>
  );
}

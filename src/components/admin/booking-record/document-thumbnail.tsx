import { FileIcon, FileImageIcon, FileTextIcon } from "lucide-react";
import type { BookingDocumentView } from "@/contracts/documents/views";

/**
 * The server-made WebP thumbnail of an image (never the upload itself, which only downloads), else an
 * icon for its type. Decorative: the document's name is written beside it.
 */
export function DocumentThumbnail({
  document,
}: {
  document: Pick<BookingDocumentView, "thumbnailUrl" | "contentType">;
}) {
  const frame = "flex size-14 shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted";
  if (document.thumbnailUrl) {
    return (
      <span className={frame}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a short-lived signed link to a thumbnail the server already made; next/image would cache it past its expiry */}
        <img src={document.thumbnailUrl} alt="" width={56} height={56} className="size-full object-cover" />
      </span>
    );
  }
  const Icon = document.contentType.startsWith("image/")
    ? FileImageIcon
    : document.contentType === "application/pdf"
      ? FileTextIcon
      : FileIcon;
  return (
    <span className={frame}>
      <Icon aria-hidden="true" className="size-6 text-muted-foreground" />
    </span>
  );
}

import { deleteBookingOperation, getBookingOperation, updateBookingOperation } from "./operations/booking";
import { addBookingNoteOperation, listBookingNotesOperation } from "./operations/booking-notes";
import { deleteBookingDocumentOperation } from "./operations/booking-document";
import { completeBookingDocumentOperation } from "./operations/booking-document-complete";
import { downloadBookingDocumentOperation } from "./operations/booking-document-download";
import { restoreBookingDocumentOperation } from "./operations/booking-document-restore";
import { addBookingDocumentOperation, listBookingDocumentsOperation } from "./operations/booking-documents";
import { restoreBookingOperation } from "./operations/booking-restore";
import { withdrawCustomerUpdateOperation } from "./operations/booking-update";
import { postCustomerUpdateOperation } from "./operations/booking-updates";
import { changeBookingStatusOperation } from "./operations/booking-status";
import { createBookingOperation, listBookingsOperation } from "./operations/bookings";
import { exportBookingsOperation } from "./operations/bookings-export";
import { signedFileOperation } from "./operations/files";
import { healthOperation, readyOperation } from "./operations/health";
import { getMyBookingEventsOperation } from "./operations/my-booking-events";
import { getMyBookingJourneyOperation } from "./operations/my-booking-journey";
import { listMyBookingsOperation } from "./operations/my-bookings";
import { updateMyContactOperation } from "./operations/my-contact";
import { openApiDocumentOperation } from "./operations/openapi-json";
import { trackBookingOperation } from "./operations/track";
import { trackBookingByLinkOperation } from "./operations/track-link";
import { discardUploadOperation } from "./operations/upload";
import { completeUploadOperation } from "./operations/upload-complete";
import { sendUploadContentOperation } from "./operations/upload-content";
import { startUploadOperation } from "./operations/uploads";
import type { ApiOperation } from "./operation";

/**
 * Every documented operation, in the document's order. Each is declared once, in operations/ (one
 * module per route file, free of side effects); tests/unit/openapi-routes.test.ts fails when a route
 * under src/app/api/v1 has no operation here.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  listBookingsOperation,
  createBookingOperation,
  exportBookingsOperation,
  getBookingOperation,
  updateBookingOperation,
  deleteBookingOperation,
  changeBookingStatusOperation,
  listBookingNotesOperation,
  addBookingNoteOperation,
  postCustomerUpdateOperation,
  withdrawCustomerUpdateOperation,
  restoreBookingOperation,
  startUploadOperation,
  sendUploadContentOperation,
  completeUploadOperation,
  discardUploadOperation,
  listBookingDocumentsOperation,
  addBookingDocumentOperation,
  completeBookingDocumentOperation,
  downloadBookingDocumentOperation,
  deleteBookingDocumentOperation,
  restoreBookingDocumentOperation,
  signedFileOperation,
  listMyBookingsOperation,
  getMyBookingJourneyOperation,
  getMyBookingEventsOperation,
  updateMyContactOperation,
  trackBookingOperation,
  trackBookingByLinkOperation,
  openApiDocumentOperation,
  healthOperation,
  readyOperation,
];

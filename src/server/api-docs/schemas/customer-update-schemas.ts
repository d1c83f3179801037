import "server-only";
import { z } from "zod";
import { MAX_CUSTOMER_UPDATE_LENGTH, type PostedCustomerUpdate } from "@/contracts/journey/customer-update";
import { namedZodSchema } from "../operation";
import { timestampSchema, uuidSchema } from "./common";
import type { Holds, Same } from "./type-checks";

// What posting an update for the customer answers, for the OpenAPI document; the check fails typecheck when it drifts.

const postedUpdate = z.object({
  id: uuidSchema.meta({ description: "The update's id: DELETE …/updates/{id} withdraws it" }),
  at: timestampSchema,
  text: z.string().max(MAX_CUSTOMER_UPDATE_LENGTH).meta({ description: "Plain text as posted, trimmed" }),
  photo: z
    .object({ documentId: uuidSchema, name: z.string() })
    .optional()
    .meta({ description: "The booking's document shown with the update (the journey links it)" }),
});
type _PostedUpdate = Holds<Same<z.output<typeof postedUpdate>, PostedCustomerUpdate>>;

export const postedCustomerUpdateSchema = namedZodSchema("CustomerUpdate", postedUpdate, "output");

import { API_ERROR_CODES } from "@/server/errors";
import type { ApiResponse, NamedSchema } from "./operation";

/** The body of every error answer; its codes are the ones the server declares (src/server/errors.ts). */
export const errorSchema: NamedSchema = {
  name: "Error",
  toJsonSchema: () => ({
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", enum: [...API_ERROR_CODES] },
          message: { type: "string", description: "A sentence a person can read" },
          fields: {
            type: "object",
            additionalProperties: { type: "string" },
            description: 'Field path → message, such as { "pets.0.name": "Enter the pet\'s name" }',
          },
          details: {
            type: "object",
            description: "Facts for the client, such as currentVersion and changesSince after a conflict",
          },
        },
      },
    },
  }),
};

export const errorResponse = (description: string): ApiResponse => ({ description, json: errorSchema });

/** The answers of every operation that needs the session. */
export const signedInErrors = {
  "401": errorResponse("Not signed in"),
  "403": errorResponse("Your role does not allow this, or a browser request from another site"),
};

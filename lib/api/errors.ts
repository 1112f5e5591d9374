import { z } from 'zod';

// One error shape for the whole JSON API: { error: { code, message, fields? } }. Messages are Vietnamese
// because the mobile app shows them to shoppers as they are.

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe('Field path -> message, for validation errors'),
    items: z
      .array(z.object({ variantId: z.number().int(), name: z.string() }).loose())
      .optional()
      .describe('The cart lines a 409 is about (out of stock: requested and available)'),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export type ApiErrorItem = { variantId: number; name: string } & Record<string, unknown>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra: { items?: ApiErrorItem[]; retryAfterSeconds?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function validationError(error: z.ZodError): ApiError {
  return new ApiError(400, 'invalid_request', 'Dữ liệu gửi lên không hợp lệ.', zodFields(error));
}

import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../../../http/error-response';

/** The error responses a route can give besides 401 and 403, which `@Roles` documents. */
export interface RouteErrors {
  badRequest?: string;
  notFound?: string;
  conflict?: string;
  tooLarge?: string;
  unsupported?: string;
}

const STATUS: Record<keyof RouteErrors, number> = {
  badRequest: 400,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  unsupported: 415,
};

/** Documents each error in the one SPEC shape, and the per-key rate limit every route has. */
export function ApiErrors(errors: RouteErrors): MethodDecorator & ClassDecorator {
  const documented = (Object.keys(errors) as Array<keyof RouteErrors>).map((key) =>
    ApiResponse({ status: STATUS[key], type: ErrorResponse, description: errors[key] }),
  );
  return applyDecorators(
    ...documented,
    ApiResponse({
      status: 429,
      type: ErrorResponse,
      description: 'Too many requests for this API key; retry in a minute',
    }),
  );
}

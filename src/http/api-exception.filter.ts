import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { Response } from 'express';
import { isDatabaseOutage } from '../core/database-outage';
import { DomainError, ErrorCode, ErrorDetail } from '../core/errors';
import { ErrorResponse } from './error-response';

export function statusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case 'invalid-input':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not-found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unhandled: never = code;
      throw new Error(`No HTTP status for error code ${String(unhandled)}`);
    }
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Seconds a client is asked to wait after a 503: about how long a database restart takes. */
export const RETRY_AFTER_SECONDS = 5;

/** Turns every error into SPEC §4's `{ statusCode, error, message, details }`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) {
      this.logger.warn(
        `Answered 503: ${exception instanceof Error ? exception.message : body.message}`,
      );
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : exception);
    }
    if (response.headersSent) return;
    if (body.statusCode === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorResponse {
    // First: a lost connection can surface wrapped in anything, even an HttpException.
    if (isDatabaseOutage(exception)) {
      return build(503, 'The database cannot be reached right now; try again in a few seconds');
    }
    if (exception instanceof DomainError) {
      return build(statusOf(exception.code), exception.message, exception.details);
    }
    if (exception instanceof ThrottlerException) {
      return build(429, 'Too many requests for this API key; slow down and retry in a minute');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const message =
        typeof raw === 'object' && raw !== null && 'message' in raw
          ? (raw as { message: unknown }).message
          : raw;
      return build(status, Array.isArray(message) ? message.join('; ') : String(message));
    }
    // body-parser errors carry their own status (413 too large, 400 bad JSON, 415 charset).
    const parserStatus = (exception as { status?: unknown; type?: unknown }).status;
    if (typeof parserStatus === 'number' && parserStatus >= 400 && parserStatus < 500) {
      return build(parserStatus, parserMessage(exception as { type?: string; limit?: number }));
    }
    return build(500, 'Something went wrong on our side; the error is logged');
  }
}

function parserMessage(error: { type?: string; limit?: number }): string {
  switch (error.type) {
    case 'entity.too.large':
      return `The request body is larger than the limit of ${error.limit ?? 'the server'} bytes`;
    case 'entity.parse.failed':
      return 'The request body is not valid JSON';
    default:
      return 'The request body could not be read';
  }
}

function build(statusCode: number, message: string, details: ErrorDetail[] = []): ErrorResponse {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', message, details };
}

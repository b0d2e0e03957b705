import {
  createParamDecorator,
  ExecutionContext,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Request } from 'express';
import { ImportPayload } from './learner-import.service';

/** The request body with its format; anything but JSON or CSV is a 415 before any work is done. */
export const ImportBody = createParamDecorator(
  (_: unknown, context: ExecutionContext): ImportPayload => {
    const request = context.switchToHttp().getRequest<Request>();
    if (request.is('text/csv')) return { format: 'csv', body: request.body };
    if (request.is('application/json')) return { format: 'json', body: request.body };
    throw new UnsupportedMediaTypeException(
      'Send the learners as application/json (an array of objects) or as text/csv',
    );
  },
);

import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '../../../core/errors';

const MAX_ID = 2_147_483_647;
const ID = /^[1-9]\d{0,9}$/;

/** A positive whole number, written plainly, that fits the database's integer column. */
export function parseId(value: unknown): number {
  if (typeof value !== 'string' || !ID.test(value) || Number(value) > MAX_ID) {
    throw new DomainError('invalid-input', 'The path holds something that is not an id', [
      { field: 'id', message: `must be a whole number from 1 to ${MAX_ID}` },
    ]);
  }
  return Number(value);
}

/**
 * The `:id` of the path, else 400. Read from the raw path on purpose: the global ValidationPipe
 * would first turn "1e3" into 1000 and "0x10" into 16, and a pipe after it could not tell.
 */
export const IdParam = createParamDecorator(
  (_: unknown, context: ExecutionContext): number =>
    parseId(context.switchToHttp().getRequest<Request>().params.id),
  [
    (target: object, key: string | symbol | undefined) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, key!)!;
      ApiParam({ name: 'id', schema: { type: 'integer', minimum: 1, maximum: MAX_ID } })(
        target,
        key!,
        descriptor,
      );
    },
  ],
);

import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorDetail } from '../core/errors';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `)
        ? message.slice(error.property.length + 1)
        : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one global pipe: unknown fields are refused, every bad field is named. */
export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const noun = details.length === 1 ? 'problem' : 'problems';
      return new DomainError('invalid-input', `The request has ${details.length} ${noun}`, details);
    },
  });

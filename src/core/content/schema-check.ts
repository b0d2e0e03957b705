import Ajv, { ValidateFunction } from 'ajv';
import type { Finding } from './node-path';
import { describeSchemaErrors } from './schema-messages';

export type SchemaCheck = (data: unknown) => Finding[];

export interface ContentSchemas {
  course: object;
  lesson: object;
}

/** Validators for course.yaml and lesson files; every violation is kept, not just the first. */
export function compileSchemas(schemas: ContentSchemas): {
  course: SchemaCheck;
  lesson: SchemaCheck;
} {
  // verbose: messages quote the offending value and the allowed field names.
  const ajv = new Ajv({ allErrors: true, verbose: true });
  return { course: check(ajv.compile(schemas.course)), lesson: check(ajv.compile(schemas.lesson)) };
}

const check =
  (validate: ValidateFunction): SchemaCheck =>
  (data) =>
    validate(data) ? [] : describeSchemaErrors(validate.errors ?? [], data);

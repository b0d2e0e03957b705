import type { ErrorObject } from 'ajv';
import { error, Finding, formatPath, NodePath, pointerToPath } from './node-path';
import { characterCount, isRecord } from './plain-data';

/**
 * Ajv's errors as trainer-readable findings. A field missing because its name is
 * misspelt is one mistake, so only the "did you mean" message is kept.
 */
export function describeSchemaErrors(errors: ErrorObject[], data: unknown): Finding[] {
  const misspelt = new Set(
    errors.flatMap((e) => {
      const meant = e.keyword === 'additionalProperties' && likelyMeant(e);
      return meant ? [`${e.instancePath}/${meant}`] : [];
    }),
  );
  return errors
    .filter(
      (e) =>
        e.keyword !== 'required' ||
        !misspelt.has(`${e.instancePath}/${String(e.params.missingProperty)}`),
    )
    .flatMap((e) => describeSchemaError(e, data) ?? []);
}

/**
 * One ajv error as a trainer-readable finding, or undefined when another message already
 * says it better: `if` only repeats its `then` errors, and answers are explained by
 * answer-rules.ts, which knows the question's type and choices.
 */
function describeSchemaError(e: ErrorObject, data: unknown): Finding | undefined {
  const path = pointerToPath(e.instancePath, data);
  if (e.keyword === 'if' || isAnswerPath(path)) return undefined;
  const name = formatPath(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(e.params.additionalProperty);
      return error([...path, field], unknownField(field, name, e), 'key');
    }
    case 'required':
      return error(path, `${formatPath([...path, String(e.params.missingProperty)])} is missing`);
    case 'type':
      return error(path, wrongType(name, e));
    case 'enum':
      return error(path, `${name} must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`);
    case 'pattern':
      return error(path, patternMessage(name, e));
    case 'maxLength':
      return error(
        path,
        `${name} is ${characterCount(String(e.data))} characters; the limit is ${e.params.limit}`,
      );
    case 'minItems':
      return error(path, `${name} has ${count(e.data)}; it needs at least ${e.params.limit}`);
    case 'maxItems':
      return error(path, `${name} has ${count(e.data)}; the limit is ${e.params.limit}`);
    case 'minProperties':
      return error(path, `${name} has no text; write it in zh, en or both`);
    case 'false schema':
      return error(path, `${name} is not allowed: a truefalse question has no choices`, 'key');
    default:
      return error(path, `${name || 'the file'} ${e.message ?? 'is invalid'}`);
  }
}

const isAnswerPath = (path: NodePath): boolean => path[0] === 'questions' && path[2] === 'answer';

const count = (items: unknown): string => {
  const n = Array.isArray(items) ? items.length : 0;
  return `${n} item${n === 1 ? '' : 's'}`;
};

function wrongType(name: string, e: ErrorObject): string {
  if (name === '') return e.data === null ? 'the file is empty' : 'the file must be a map of fields';
  if (e.data === null) return `${name} is empty`;
  const expected = String(e.params.type);
  if (expected === 'object' && isLocalizedText(e.parentSchema)) {
    return `${name} must have a text per locale, like { zh: "...", en: "..." }`;
  }
  return `${name} must be ${TYPE_NAMES[expected] ?? expected}, not ${typeName(e.data)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  object: 'a map of fields',
  array: 'a list',
  boolean: 'true or false',
};

const typeName = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : isRecord(value) ? 'a map' : `a ${typeof value}`;

const isLocalizedText = (schema: unknown): boolean =>
  isRecord(schema) && isRecord(schema.properties) && 'zh' in schema.properties;

function patternMessage(name: string, e: ErrorObject): string {
  if (e.schemaPath.includes('/definitions/id/')) {
    return `${name} "${String(e.data)}" must be lowercase letters, digits and single hyphens, like "pricing-basics"`;
  }
  return `${name} is empty`;
}

function unknownField(field: string, where: string, e: ErrorObject): string {
  const head = `unknown field "${field}"${where ? ` in ${where}` : ''}`;
  const meant = likelyMeant(e);
  return meant ? `${head}; did you mean "${meant}"?` : `${head}; allowed: ${allowedFields(e).join(', ')}`;
}

const allowedFields = (e: ErrorObject): string[] =>
  isRecord(e.parentSchema) && isRecord(e.parentSchema.properties)
    ? Object.keys(e.parentSchema.properties)
    : [];

/** The allowed field an unknown one is most likely a typo of, such as "explain" for "explian". */
const likelyMeant = (e: ErrorObject): string | undefined =>
  allowedFields(e).find(
    // Two edits turn "fr" into "zh", so short names only get one.
    (name) => editDistance(name, String(e.params.additionalProperty)) <= (name.length > 4 ? 2 : 1),
  );

/** Levenshtein distance, enough to spot a typo such as "explian" for "explain". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

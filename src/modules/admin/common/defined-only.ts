/**
 * The fields the caller sent. DTO instances carry every declared field (ES2022 class fields),
 * and an undefined one would override a default or be written as a change.
 */
export function definedOnly<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(dto).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

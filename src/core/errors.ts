/** What went wrong, in domain terms; the HTTP layer maps each code to a status. */
export type ErrorCode =
  'invalid-input' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'unavailable';

export interface ErrorDetail {
  /** Where the problem is: a field path, a row, or a file position. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

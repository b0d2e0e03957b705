import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DomainError, ErrorDetail } from '../core/errors';

/** No request body needs more: a cohort is flat, an import is an array of flat rows. */
const MAX_DEPTH = 8;
// Keys that reach an object's prototype; class-transformer silently drops them, so they are named here.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Node {
  value: unknown;
  path: string;
  depth: number;
}

/**
 * Refuses JSON nested deeper than any admin body can be, before validation recurses into it
 * and overflows the stack (a 500), and keys aimed at prototypes, which validation would let
 * through unseen. Walks the body without recursion, so the walk itself cannot overflow.
 */
@Injectable()
export class BodyShapeMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const problem = shapeProblem(request.body);
    if (problem) throw new DomainError('invalid-input', 'The request body is refused', [problem]);
    next();
  }
}

export function shapeProblem(body: unknown): ErrorDetail | null {
  const stack: Node[] = [{ value: body, path: '', depth: 0 }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (typeof node.value !== 'object' || node.value === null) continue;
    if (node.depth >= MAX_DEPTH) {
      return {
        field: node.path || '(body)',
        message: `is nested more than ${MAX_DEPTH} levels deep`,
      };
    }
    const isArray = Array.isArray(node.value);
    for (const key of Object.keys(node.value)) {
      const path = isArray ? `${node.path}[${key}]` : node.path ? `${node.path}.${key}` : key;
      if (!isArray && FORBIDDEN_KEYS.has(key)) return { field: path, message: 'is not allowed' };
      const value = (node.value as Record<string, unknown>)[key];
      stack.push({ value, path, depth: node.depth + 1 });
    }
  }
  return null;
}

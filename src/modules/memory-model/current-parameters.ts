import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { ParameterSetRepository } from './parameter-set.repository';

interface Cached {
  parameters: readonly number[] | undefined;
  readAtMs: number;
}

/**
 * Each course's current FSRS weights, read once and kept in the process: grading needs them
 * for every answer. A new fit in this process replaces them at once; one stored by another
 * instance is seen within `MAX_AGE_MS`.
 */
@Injectable()
export class CurrentParameters {
  static readonly MAX_AGE_MS = 5 * 60_000;
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly sets: ParameterSetRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The course's fitted weights, or undefined while it has none (the defaults apply). Read in
   * the caller's unit of work, if any.
   */
  async forCourse(courseId: string): Promise<readonly number[] | undefined> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(courseId);
    if (cached && now - cached.readAtMs < CurrentParameters.MAX_AGE_MS) return cached.parameters;
    const set = await this.sets.current(courseId);
    const parameters = set ? Object.freeze([...set.parameters]) : undefined;
    this.cache.set(courseId, { parameters, readAtMs: now });
    return parameters;
  }

  forget(courseId: string): void {
    this.cache.delete(courseId);
  }
}

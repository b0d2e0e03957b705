import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../core/clock';
import { Database } from '../../infra/db/database';
import { ParameterSets } from './parameter-sets';

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
    private readonly sets: ParameterSets,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  /** The course's fitted weights, or undefined while it has none (the defaults apply). */
  forCourse(courseId: string): Promise<readonly number[] | undefined>;
  forCourse(m: EntityManager, courseId: string): Promise<readonly number[] | undefined>;
  async forCourse(
    ...args: [string] | [EntityManager, string]
  ): Promise<readonly number[] | undefined> {
    // The engine reads in its unit of work (Transactor.run) without holding a manager.
    if (args.length === 1) return this.db.withManager((m) => this.forCourse(m, args[0]));
    const [m, courseId] = args;
    const now = this.clock.now().getTime();
    const cached = this.cache.get(courseId);
    if (cached && now - cached.readAtMs < CurrentParameters.MAX_AGE_MS) return cached.parameters;
    const set = await this.sets.current(m, courseId);
    const parameters = set ? Object.freeze([...set.parameters]) : undefined;
    this.cache.set(courseId, { parameters, readAtMs: now });
    return parameters;
  }

  forget(courseId: string): void {
    this.cache.delete(courseId);
  }
}

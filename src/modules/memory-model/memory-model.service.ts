import { Injectable, Logger } from '@nestjs/common';
import { default_w } from 'ts-fsrs';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../core/errors';
import { evaluateParameters, Evaluation } from '../../core/memory-model/evaluation';
import { cardStride, FitData, fitIsBetter, prepareFit } from '../../core/memory-model/fit-plan';
import type { ParameterSetStatus } from '../../core/records';
import { fitFsrsParameters } from '../../infra/fsrs-optimizer';
import { CourseReviewRepository } from './course-review.repository';
import { CurrentParameters } from './current-parameters';
import { MemoryModelResponse } from './dto/memory-model.response';
import { parameterSetView } from './parameter-set-view';
import { NewParameterSet, ParameterSetRepository } from './parameter-set.repository';

/** What one fit found, and what became of it. */
export interface FitReport {
  courseId: string;
  reviewsRead: number;
  trainingReviews: number;
  holdOutReviews: number;
  holdOutStart: Date;
  parameters: number[];
  defaults: Evaluation;
  /** The course's current set on the same hold-out, when it has one. */
  current: { version: number; evaluation: Evaluation } | null;
  fitted: Evaluation;
  better: boolean;
  /** The stored version; null on a dry run. */
  stored: { version: number; status: ParameterSetStatus } | null;
}

export interface RefitOptions {
  now: Date;
  /** Fit and evaluate, store nothing. */
  dryRun?: boolean;
  /** Hears each step as a line of text, for long runs. */
  onProgress?: (line: string) => void;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Fits FSRS to a course's review log, judges the fit against the defaults and the current set
 * on the later hold-out, and stores it (as `current` only if it predicts better). The cron,
 * the CLI and the simulator all come through `refit`.
 */
@Injectable()
export class MemoryModelService {
  private readonly logger = new Logger('MemoryModel');

  constructor(
    private readonly config: AppConfig,
    private readonly reviews: CourseReviewRepository,
    private readonly sets: ParameterSetRepository,
    private readonly cache: CurrentParameters,
  ) {}

  async refit(courseId: string, options: RefitOptions): Promise<FitReport> {
    const report = await this.fit(courseId, options.onProgress ?? (() => undefined));
    if (options.dryRun) return report;
    const status = report.better ? 'current' : 'rejected';
    const stored = await this.sets.store(storedFit(report, options.now), status);
    if (report.better) this.cache.forget(courseId);
    return { ...report, stored: { version: stored.version, status: stored.status } };
  }

  /**
   * The scheduled job: re-fits every live course that has gained at least the configured
   * number of reviews since its last fit. Running it twice at once stores each version once
   * (the second store fails on the unique version and is logged).
   */
  async refitWhereDue(now: Date): Promise<FitReport[]> {
    const reports: FitReport[] = [];
    for (const id of await this.reviews.liveCourseIds()) {
      const fresh =
        (await this.reviews.count(id)) - ((await this.sets.latest(id))?.reviewsRead ?? 0);
      if (fresh < this.config.refitAfterReviews) continue;
      try {
        reports.push(await this.refit(id, { now }));
      } catch (error) {
        this.logger.warn(`course ${id}: no re-fit: ${(error as Error).message}`);
      }
    }
    return reports;
  }

  /** The course's current set and every earlier fit, with their figures. */
  async model(courseId: string): Promise<MemoryModelResponse> {
    await this.course(courseId);
    const views = (await this.sets.all(courseId)).map(parameterSetView);
    return {
      courseId,
      current: views.find((v) => v.status === 'current') ?? null,
      earlier: views.filter((v) => v.status !== 'current'),
      defaultParameters: [...default_w],
    };
  }

  private async fit(courseId: string, say: (line: string) => void): Promise<FitReport> {
    await this.course(courseId);
    const stride = cardStride(await this.reviews.answeredCards(courseId));
    say(`reading the review log of ${courseId}${stride > 1 ? `, every ${stride}th card` : ''}`);
    const total = await this.reviews.count(courseId);
    const log = await this.reviews.read(courseId, stride);
    say(`read ${log.length} reviews`);
    // The count of the whole log, sampled or not, is what the next "enough new reviews" counts from.
    const data = { ...prepareFit(log), reviewsRead: Math.max(total, log.length) };
    const from = day(data.holdOutStart);
    say(`fitting 21 parameters on ${data.training.length} reviews before ${from}`);
    const started = performance.now();
    const parameters = await fitFsrsParameters(data.training);
    say(`fitted in ${Math.round(performance.now() - started)} ms`);
    say(`evaluating on ${data.holdOutReviews} hold-out reviews from ${from}`);
    return this.judge(courseId, data, parameters);
  }

  private async judge(courseId: string, data: FitData, parameters: number[]): Promise<FitReport> {
    const judged = (w: readonly number[]) =>
      evaluateParameters(data.histories, data.holdOutStart, w);
    const currentSet = await this.sets.current(courseId);
    const defaults = judged(default_w);
    const current = currentSet
      ? { version: currentSet.version, evaluation: judged(currentSet.parameters) }
      : null;
    const fitted = judged(parameters);
    return {
      courseId,
      reviewsRead: data.reviewsRead,
      trainingReviews: data.training.length,
      holdOutReviews: data.holdOutReviews,
      holdOutStart: data.holdOutStart,
      parameters,
      defaults,
      current,
      fitted,
      better: fitIsBetter({ defaults, current: current?.evaluation ?? null, fitted }),
      stored: null,
    };
  }

  private async course(courseId: string): Promise<void> {
    if (!(await this.reviews.courseExists(courseId)))
      throw new DomainError('not-found', `Course ${courseId} does not exist`);
  }
}

/** A fit as the parameter-set table keeps it. */
function storedFit(report: FitReport, fittedAt: Date): NewParameterSet {
  return {
    courseId: report.courseId,
    parameters: report.parameters,
    fittedAt,
    reviewsRead: report.reviewsRead,
    trainingReviews: report.trainingReviews,
    holdOutReviews: report.holdOutReviews,
    holdOutStart: report.holdOutStart,
    defaultLogLoss: report.defaults.logLoss,
    defaultRmse: report.defaults.rmse,
    baselineVersion: report.current?.version ?? null,
    baselineLogLoss: (report.current?.evaluation ?? report.defaults).logLoss,
    fittedLogLoss: report.fitted.logLoss,
    fittedRmse: report.fitted.rmse,
  };
}

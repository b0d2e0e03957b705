import { computeDecayFactor, default_w, FSRSAlgorithm, generatorParameters, Rating } from 'ts-fsrs';
import { CardState } from './card-state';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What valuing a review reads of a card. */
export type ValuedCard = Pick<CardState, 'state' | 'stability' | 'difficulty' | 'lastReview'>;

/**
 * The memory model a value is predicted with: FSRS with these 21 weights (the course's
 * fitted set, or the defaults).
 */
export class RecallForecast {
  private readonly algorithm: FSRSAlgorithm;
  private readonly decay: number;
  private readonly factor: number;
  private readonly firstReadingValues = new Map<number, number>();

  constructor(weights: readonly number[] = default_w) {
    this.algorithm = new FSRSAlgorithm(generatorParameters({ w: [...weights] }));
    const { decay, factor } = computeDecayFactor([...weights]);
    // ts-fsrs gives the curve's exponent with its sign: R = (1 + f t / S)^decay, decay < 0.
    this.decay = Math.abs(decay);
    this.factor = factor;
  }

  /** Probability of recall `days` after the last review of a memory of `stability`. */
  recall(stability: number, days: number): number {
    return Math.pow(1 + (this.factor * Math.max(0, days)) / stability, -this.decay);
  }

  /**
   * Mean probability of recall over days [from, to] after the last review: the area under
   * the forgetting curve, in closed form (d/dt of S/(f(1-d)) (1 + f t/S)^(1-d)).
   */
  meanRecall(stability: number, from: number, to: number): number {
    const area = (t: number) =>
      (stability / (this.factor * (1 - this.decay))) *
      Math.pow(1 + (this.factor * t) / stability, 1 - this.decay);
    return (area(to) - area(from)) / (to - from);
  }

  /** Stability after the first answer to a question. */
  firstStability(grade: 'right' | 'wrong'): number {
    return this.algorithm.next_state(null, 0, grade === 'right' ? 3 : 1).stability;
  }

  /**
   * Stabilities after a right and after a wrong answer `days` after the last review. The
   * recall both start from is computed once, as ts-fsrs itself would compute it for each.
   */
  stabilitiesAfter(card: ValuedCard, days: number): { right: number; wrong: number } {
    const elapsed = Math.max(0, days);
    if (card.state === 'new' || card.lastReview === null) {
      return {
        right: this.algorithm.next_state(null, elapsed, Rating.Good).stability,
        wrong: this.algorithm.next_state(null, elapsed, Rating.Again).stability,
      };
    }
    const memory = { stability: card.stability, difficulty: card.difficulty };
    const recall = this.algorithm.forgetting_curve(elapsed, card.stability);
    return {
      right: this.algorithm.next_state(memory, elapsed, Rating.Good, recall).stability,
      wrong: this.algorithm.next_state(memory, elapsed, Rating.Again, recall).stability,
    };
  }

  /** What a never-answered card buys over `horizonDays`: the same for every such card. */
  firstReadingValue(horizonDays: number): number {
    let value = this.firstReadingValues.get(horizonDays);
    if (value === undefined) {
      value = this.meanRecall(this.firstStability('wrong'), 0, horizonDays);
      this.firstReadingValues.set(horizonDays, value);
    }
    return value;
  }
}

const forecasts = new Map<string, RecallForecast>();

/** The forecast for a course's weights (the defaults when it has none), built once per set. */
export function forecastFor(weights?: readonly number[]): RecallForecast {
  const key = weights ? weights.join(',') : 'default';
  let forecast = forecasts.get(key);
  if (!forecast) {
    forecast = new RecallForecast(weights);
    forecasts.set(key, forecast);
  }
  return forecast;
}

/**
 * What asking this card now buys: the expected mean recall over the next `horizonDays` if
 * it is asked now (recalled with the probability FSRS predicts, then stronger; forgotten,
 * then relearnt from the feedback at the post-lapse stability) minus the mean recall over
 * the same days if it is not. A firm memory buys little (asking it changes little); how much
 * a fading or forgotten one buys is the model's to say: FSRS's default curve has a long tail,
 * so relearning a forgotten card is worth much, and a fitted, steeper curve says less.
 */
export function reviewValue(
  card: ValuedCard,
  now: Date,
  horizonDays: number,
  forecast: RecallForecast,
): number {
  if (card.state === 'new' || card.lastReview === null) {
    // Never answered: nothing is remembered, and an answer's feedback teaches it.
    return forecast.firstReadingValue(horizonDays);
  }
  const elapsed = Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS);
  const recall = forecast.recall(card.stability, elapsed);
  const after = forecast.stabilitiesAfter(card, elapsed);
  const asked =
    recall * forecast.meanRecall(after.right, 0, horizonDays) +
    (1 - recall) * forecast.meanRecall(after.wrong, 0, horizonDays);
  const notAsked = forecast.meanRecall(card.stability, elapsed, elapsed + horizonDays);
  return asked - notAsked;
}

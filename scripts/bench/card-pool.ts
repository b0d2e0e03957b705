import { CardState, newCardState } from '../../src/core/srs/card-state';
import { Grade } from '../../src/core/srs/grade';
import { reviewCard } from '../../src/core/srs/review-card';
import { SeededRandom } from '../../src/core/simulation/seeded-random';

const DAY_MS = 24 * 60 * 60 * 1000;
const POOL_SIZE = 4096;

/**
 * Card states as learners leave them, for seeding: real FSRS histories of one to six
 * answers, placed so that the last answer lies between half and one and a half intervals
 * before `planAt` (about a third are due), plus never-answered cards. A few review cards
 * are relabelled learning or relearning: with short-term steps off FSRS never produces
 * those states, but the planner must cope with every state a database can hold.
 */
export function cardPool(planAt: Date, seed = 'bench'): CardState[] {
  return Array.from({ length: POOL_SIZE }, (_, k) =>
    pooledCard(planAt, new SeededRandom(seed, 'card', k)),
  );
}

function pooledCard(planAt: Date, random: SeededRandom): CardState {
  const kind = random.next();
  if (kind < 0.1) return newCardState(new Date(planAt.getTime() - random.between(1, 14) * DAY_MS));
  let card = newCardState(new Date(planAt.getTime() - 120 * DAY_MS));
  let at = card.due.getTime();
  const answers = 1 + random.index(6);
  for (let i = 0; i < answers; i++) {
    at = Math.max(at, card.due.getTime()) + random.between(0, 2) * DAY_MS;
    card = reviewCard(card, grade(random), new Date(at), { desiredRetention: 0.9 }).after;
  }
  const sinceLast = random.between(0.5, 1.5) * card.scheduledDays * DAY_MS;
  const lastReview = new Date(planAt.getTime() - Math.max(sinceLast, DAY_MS / 2));
  const moved: CardState = {
    ...card,
    lastReview,
    due: new Date(lastReview.getTime() + card.scheduledDays * DAY_MS),
  };
  if (kind > 0.97) return { ...moved, state: moved.lapses > 0 ? 'relearning' : 'learning' };
  return moved;
}

function grade(random: SeededRandom): Grade {
  const roll = random.next();
  return roll < 0.75 ? 'right' : roll < 0.8 ? 'partial' : 'wrong';
}

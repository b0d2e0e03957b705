import { SetMetadata } from '@nestjs/common';

export const REACH_KEY = 'spaced-coach:reach';

/**
 * What the `:id` of a route names, so a key limited to cohorts reaches only its own:
 * `listed` routes narrow their own lists, `shared` ones hold nothing of any cohort (the
 * courses). A route without it is closed to such a key.
 */
export type Reach = 'cohort' | 'learner' | 'delivery' | 'listed' | 'shared';

export const Reaches = (reach: Reach) => SetMetadata(REACH_KEY, reach);

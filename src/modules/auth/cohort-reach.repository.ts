/** What deciding a cohort-limited key's reach needs to know. */
export abstract class CohortReachRepository {
  /** Those of `cohortIds` that exist. */
  abstract existingCohorts(cohortIds: number[]): Promise<number[]>;
  /** The learner a queued or sent message is for; undefined when there is no such message. */
  abstract learnerOfDelivery(deliveryId: number): Promise<number | undefined>;
  abstract isEnrolledInAny(learnerId: number, cohortIds: number[]): Promise<boolean>;
}

/** `false` keeps the outbox loop from starting, so tests can drive `OutboxSender.sendDue` with a test clock. */
export const OUTBOX_RUNNER_ENABLED = Symbol('OUTBOX_RUNNER_ENABLED');

/** The random source behind retry and send-rate jitter; tests provide a fixed one. */
export const OUTBOX_RANDOM = Symbol('OUTBOX_RANDOM');

/** How long a claimed outbox message is held, in milliseconds (OUTBOX_LEASE_SECONDS). */
export const OUTBOX_LEASE = Symbol('OUTBOX_LEASE');

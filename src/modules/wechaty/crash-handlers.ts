import { Logger } from '@nestjs/common';
import { errorLine } from '../../core/log-masking';

type Listener = (...args: unknown[]) => void;

const listeners = (): Set<Listener> =>
  new Set(process.listeners('uncaughtException') as Listener[]);

/**
 * Runs `work` (starting a puppet) and removes any `uncaughtException` handler it installed.
 * The default web puppet (wechat4u) installs one that only logs, which would keep a broken
 * process running; a crash must still stop the service so that it is restarted.
 */
export async function keepingOurCrashHandling<T>(
  work: () => Promise<T>,
  logger: Logger,
): Promise<T> {
  const before = listeners();
  try {
    return await work();
  } finally {
    const foreign = [...listeners()].filter((listener) => !before.has(listener));
    for (const listener of foreign) process.removeListener('uncaughtException', listener);
    if (foreign.length > 0) {
      logger.log('Removed the puppet’s uncaughtException handler: a crash still stops the service');
    }
  }
}

const fromPuppet = (reason: unknown): boolean =>
  reason instanceof Error && /wechat4u|wechaty-puppet/.test(reason.stack ?? '');

/**
 * wechat4u restarts itself on every logout, the one `stop()` causes too, and that restart
 * fails after the stop, more than once, with rejections nobody catches. From the stop on,
 * such puppet rejections are logged; any other one still crashes the process.
 */
export function toleratePuppetFailuresAfterStop(logger: Logger): void {
  process.on('unhandledRejection', (reason: unknown) => {
    if (!fromPuppet(reason)) throw reason;
    logger.debug(`Ignored a puppet failure after its stop: ${errorLine(reason)}`);
  });
}

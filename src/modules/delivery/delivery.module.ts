import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { OUTBOX_LEASE, OUTBOX_RANDOM, OUTBOX_RUNNER_ENABLED } from './delivery-tokens';
import { Outbox } from './outbox';
import { OutboxSenderRunner } from './outbox-sender.runner';
import { OutboxSender } from './outbox-sender.service';

/**
 * The outbox and its sender. Tests override OUTBOX_RUNNER_ENABLED and ChatChannel and drive
 * `sendDue` themselves.
 */
@Module({
  providers: [
    Outbox,
    OutboxSender,
    OutboxSenderRunner,
    // An instance without WeChat sends nothing: its outbox rows wait for one that has it.
    {
      provide: OUTBOX_RUNNER_ENABLED,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => config.botEnabled,
    },
    { provide: OUTBOX_RANDOM, useValue: Math.random },
    {
      provide: OUTBOX_LEASE,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => config.outboxLeaseMs,
    },
  ],
  exports: [Outbox, OutboxSender],
})
export class DeliveryModule {}

import { Module } from '@nestjs/common';
import { AccountPinning } from './account-pinning';
import { BotAccountAdminService } from './bot-account-admin.service';
import { BotAccountsController } from './bot-accounts.controller';

/** The pool's WeChat accounts as HR manages them, and which account a learner is pinned to. */
@Module({
  controllers: [BotAccountsController],
  providers: [AccountPinning, BotAccountAdminService],
  exports: [AccountPinning],
})
export class BotAccountsModule {}

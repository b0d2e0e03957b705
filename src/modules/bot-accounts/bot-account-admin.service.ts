import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock';
import { DomainError } from '../../core/errors';
import type { BotAccountRecord } from '../../core/records';
import { Transactor } from '../../core/transactor';
import { definedOnly } from '../admin/common/defined-only';
import { BotAccountRepository, BotAccountSettings } from './bot-account.repository';
import { toBotAccountResponse } from './bot-account-view';
import { CreateBotAccountDto, UpdateBotAccountDto } from './dto/bot-account.dto';
import { BotAccountResponse } from './dto/bot-account.response';

/** HR's view and management of the pool's accounts; the running instances write their state. */
@Injectable()
export class BotAccountAdminService {
  constructor(
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly accounts: BotAccountRepository,
  ) {}

  async list(): Promise<BotAccountResponse[]> {
    const accounts = await this.accounts.list();
    return this.views(accounts);
  }

  async get(id: number): Promise<BotAccountResponse> {
    return (await this.views([await this.existing(id)]))[0];
  }

  async create(dto: CreateBotAccountDto): Promise<BotAccountResponse> {
    const now = this.clock.now();
    const created = await this.transactor.run(async () => {
      await this.nameIsFree(dto.name);
      return this.accounts.insert({
        name: dto.name,
        puppet: dto.puppet,
        token: dto.token ?? null,
        endpoint: dto.endpoint ?? null,
        tls: dto.tls ? definedOnly(dto.tls) : null,
        qrCardUrl: dto.qrCardUrl ?? null,
        sendRatePerMinute: dto.sendRatePerMinute ?? this.config.sendRatePerMinute,
        enabled: dto.enabled ?? true,
        createdAt: now,
        updatedAt: now,
      });
    });
    return (await this.views([created]))[0];
  }

  async update(id: number, dto: UpdateBotAccountDto): Promise<BotAccountResponse> {
    const change: Partial<BotAccountSettings> = definedOnly(dto);
    if (dto.tls) change.tls = definedOnly(dto.tls);
    await this.transactor.run(async () => {
      const account = await this.existing(id);
      if (change.name !== undefined && change.name !== account.name)
        await this.nameIsFree(change.name);
      await this.accounts.update(id, { ...change, updatedAt: this.clock.now() });
    });
    return this.get(id);
  }

  /** Refused while learners are pinned to it: their messages would have no account to go through. */
  async remove(id: number): Promise<void> {
    await this.transactor.run(async () => {
      await this.existing(id);
      const pinned = await this.accounts.pinnedCount(id);
      if (pinned > 0) {
        throw new DomainError(
          'conflict',
          `Bot account ${id} has ${pinned} learner(s) pinned; move them to another account first (POST /api/v1/learners/{id}/bot-account), or disable it instead`,
          [{ field: 'learnersPinned', message: `is ${pinned}; must be 0 to delete the account` }],
        );
      }
      await this.accounts.remove(id);
    });
  }

  private async existing(id: number): Promise<BotAccountRecord> {
    const account = await this.accounts.find(id);
    if (!account) throw new DomainError('not-found', `Bot account ${id} does not exist`);
    return account;
  }

  private async nameIsFree(name: string): Promise<void> {
    if (await this.accounts.findByName(name)) {
      throw new DomainError('conflict', `A bot account named "${name}" exists already`, [
        { field: 'name', message: 'is taken by another bot account' },
      ]);
    }
  }

  private async views(accounts: BotAccountRecord[]): Promise<BotAccountResponse[]> {
    const now = this.clock.now();
    const today = DateTime.fromJSDate(now, { zone: this.config.defaultTimezone }).startOf('day');
    const loads = await this.accounts.loads(today.toJSDate());
    return accounts.map((a) => toBotAccountResponse(a, loads.get(a.id), now));
  }
}

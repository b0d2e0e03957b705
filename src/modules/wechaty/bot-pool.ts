import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { Wechaty } from 'wechaty';
import { AppConfig } from '../../config/app-config';
import { BotStatusSnapshot } from '../../core/bot-status';
import { Clock } from '../../core/clock';
import { isDatabaseOutage } from '../../core/database-outage';
import { errorLine } from '../../core/log-masking';
import { accountsToTake, leaseEnd, leaseRoundMs, nextLapse } from '../../core/pool/bot-lease';
import type { BotAccountRecord } from '../../core/records';
import type { AccountKey } from '../delivery/outbox.repository';
import type { ReadyAccount } from '../delivery/chat-channel';
import { AccountBot } from './account-bot';
import { accountSetup } from './account-setup';
import { BotLeaseRepository, DefaultAccountRuntime } from './bot-lease.repository';
import { ChatEventListener, ContactAddress } from './chat-events';
import { holderOf, poolSnapshot, snapshotOfRuntime, statusOfSnapshot } from './pool-status';

interface Held {
  bot: AccountBot;
  leaseUntil: Date;
  sendRatePerMinute: number;
}

/**
 * The bot pool: one Wechaty per WeChat account this instance holds a lease on. Stored accounts
 * are taken while free, up to BOT_ACCOUNTS_PER_INSTANCE; with none stored, the WECHATY_*
 * default account, under a lease too, so that two instances never log it in twice. Leases
 * are renewed every few seconds (leaseRoundMs), one free account taken a round; an account
 * lost or switched off is stopped, and all are given up on shutdown.
 */
@Injectable()
export class BotPool implements BeforeApplicationShutdown {
  private readonly logger = new Logger('WeChat');
  private readonly held = new Map<AccountKey, Held>();
  /** Bots taken out of service and still stopping; shutdown waits for them. */
  private readonly stopping = new Set<Promise<void>>();
  private stored: BotAccountRecord[] = [];
  private defaultRuntime: DefaultAccountRuntime | null = null;
  private listener: ChatEventListener | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lapseTimer: NodeJS.Timeout | undefined;
  private round: Promise<void> | null = null;
  private firstRound: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly leases: BotLeaseRepository,
  ) {}

  /** The default account's Wechaty (else the first running), for the demo and tests. */
  get wechaty(): Wechaty | undefined {
    return (this.held.get(null) ?? [...this.held.values()][0])?.bot.wechaty;
  }

  /**
   * Starts taking accounts, events going to `listener`; logins may take a scan and minutes.
   * Without WeChat (BOT_ENABLED=false) it only reads the accounts, to report them.
   */
  start(listener: ChatEventListener): void {
    this.listener = listener;
    const round = () => (this.config.botEnabled ? this.leaseRound() : this.viewRound());
    this.firstRound = round();
    this.timer = setInterval(() => void round(), leaseRoundMs(this.config.botLeaseMs));
  }

  /** Resolves once the first accounts taken have started (or failed to); none need be logged in. */
  async started(): Promise<void> {
    await this.firstRound;
    await Promise.all([...this.held.values()].map((h) => h.bot.startup));
  }

  async settled(): Promise<void> {
    await Promise.all([...this.held.values()].map((h) => h.bot.settled()));
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.lapseTimer);
    this.timer = undefined;
    await this.round;
    for (const key of [...this.held.keys()]) void this.drop(key, true);
    await Promise.all([...this.stopping]);
  }

  snapshot(): BotStatusSnapshot {
    const now = this.clock.now();
    if (!this.config.botEnabled) {
      const { accounts } = this.poolSnapshot(now);
      return { state: 'disabled', ...(this.stored.length > 0 ? { accounts } : {}) };
    }
    if (this.stored.length === 0) {
      const local = this.held.get(null)?.bot.snapshot();
      if (local) return local;
      return this.defaultRuntime?.leaseHolder
        ? snapshotOfRuntime(this.defaultRuntime, now)
        : { state: 'starting' };
    }
    return this.poolSnapshot(now);
  }

  private poolSnapshot(now: Date): BotStatusSnapshot {
    return poolSnapshot(
      this.stored,
      (a) => this.held.get(a.id)?.bot.snapshot() ?? snapshotOfRuntime(a, now),
      (a) => (this.held.has(a.id) ? this.config.instanceId : holderOf(a, now)),
    );
  }

  isLoggedIn(): boolean {
    return [...this.held.values()].some((h) => h.bot.isLoggedIn());
  }

  /** The accounts this instance can send through now: held and logged in. */
  readyAccounts(): ReadyAccount[] {
    return [...this.held.entries()]
      .filter(([, h]) => h.bot.isLoggedIn())
      .map(([accountId, h]) => ({
        accountId,
        leaseUntil: h.leaseUntil,
        sendRatePerMinute: h.sendRatePerMinute,
      }));
  }

  /** Sends through the account; returns the contact id that worked (it changes on a re-login). */
  say(accountId: AccountKey, address: ContactAddress, text: string): Promise<string> {
    return this.running(accountId).say(address, text);
  }

  async setAlias(accountId: AccountKey, contactId: string, alias: string): Promise<void> {
    await this.running(accountId).setAlias(contactId, alias);
  }

  /** Removes an erased learner's contact from every running account's caches. */
  async forgetContact(contactId: string): Promise<void> {
    await Promise.all([...this.held.values()].map((h) => h.bot.forgetContact(contactId)));
  }

  private running(accountId: AccountKey): AccountBot {
    const held = this.held.get(accountId);
    if (!held) throw new Error(`WeChat account ${accountId ?? 'default'} is not running here`);
    return held.bot;
  }

  /** One renewal of every lease held, then a look for accounts to take; never two at once. */
  private leaseRound(): Promise<void> {
    this.round ??= this.renewAndTake()
      .catch((error: unknown) => {
        const why = isDatabaseOutage(error) ? 'the database cannot be reached' : errorLine(error);
        this.logger.warn(`Bot account leases not renewed (${why}); the accounts keep running`);
      })
      .finally(() => (this.round = null));
    return this.round;
  }

  private async renewAndTake(): Promise<void> {
    const me = this.config.instanceId;
    const now = this.clock.now();
    const until = leaseEnd(now, this.config.botLeaseMs);
    const stored = await this.leases.storedAccounts();
    for (const [key, held] of this.held) {
      const account = stored.find((a) => a.id === key);
      const wanted = key === null ? stored.length === 0 : account?.enabled === true;
      if (!wanted) void this.drop(key, true);
      else if (!(await this.leases.hold(key, me, now, until))) void this.drop(key, false);
      else Object.assign(held, { leaseUntil: until, sendRatePerMinute: this.rateOf(account) });
    }
    if (stored.length === 0 && !this.held.has(null)) {
      if (await this.leases.hold(null, me, now, until)) this.launch(null, until);
    }
    const perInstance = this.config.botAccountsPerInstance;
    for (const id of accountsToTake(stored, me, now, perInstance)) {
      if (await this.leases.hold(id, me, now, until))
        this.launch(
          stored.find((a) => a.id === id)!,
          until,
        );
    }
    await this.refreshView(stored);
    const others = this.defaultRuntime
      ? [this.defaultRuntime]
      : this.stored.filter((a) => a.enabled);
    this.lookAgainAt(nextLapse(others, me, now), now);
  }

  /** Every account's lease and state, for the snapshot of any instance (read unless given). */
  private async refreshView(stored?: BotAccountRecord[]): Promise<void> {
    this.stored = stored ?? (await this.leases.storedAccounts());
    this.defaultRuntime = this.stored.length === 0 ? await this.leases.defaultAccount() : null;
  }

  private viewRound(): Promise<void> {
    return this.refreshView().catch((error: unknown) =>
      this.logger.debug(`Bot accounts not read: ${errorLine(error)}`),
    );
  }

  /** Another round the moment another instance's lease lapses, not up to a round later. */
  private lookAgainAt(lapse: Date | null, now: Date): void {
    const wait = lapse ? lapse.getTime() - now.getTime() : Infinity;
    if (!this.timer || !(wait < leaseRoundMs(this.config.botLeaseMs))) return;
    clearTimeout(this.lapseTimer);
    this.lapseTimer = setTimeout(() => void this.leaseRound(), Math.max(0, wait));
  }

  private launch(account: BotAccountRecord | null, leaseUntil: Date): void {
    const setup = accountSetup(this.config, account);
    const key = setup.key;
    const listener = this.listener!;
    const bot = new AccountBot(setup, listener, this.clock, (snapshot) => {
      const status = statusOfSnapshot(snapshot);
      if (!status || this.held.get(key)?.bot !== bot) return;
      void this.leases
        .recordStatus(key, this.config.instanceId, status, this.clock.now())
        .catch((error: unknown) => this.logger.warn(`State not recorded: ${errorLine(error)}`));
    });
    this.held.set(key, { bot, leaseUntil, sendRatePerMinute: this.rateOf(account ?? undefined) });
    this.logger.log(`Running ${setup.label} on ${this.config.instanceId}`);
  }

  /**
   * Takes the account out of service at once and stops its bot in the background (a puppet
   * may take seconds to stop, and the other leases must not wait); `release` then gives its
   * lease up, unless the account was taken again meanwhile.
   */
  private drop(key: AccountKey, release: boolean): Promise<void> {
    const held = this.held.get(key);
    if (!held) return Promise.resolve();
    this.held.delete(key);
    const why = release ? '' : ': another instance holds it now';
    this.logger.log(`Stopping ${held.bot.setup.label}${why}`);
    const me = this.config.instanceId;
    const stopped = held.bot
      .stop()
      .then(async () => {
        if (release && !this.held.has(key)) await this.leases.release(key, me, this.clock.now());
      })
      .catch((error: unknown) => this.logger.warn(`Lease not given up: ${errorLine(error)}`))
      .finally(() => this.stopping.delete(stopped));
    this.stopping.add(stopped);
    return stopped;
  }

  private rateOf(account: BotAccountRecord | undefined): number {
    return account?.sendRatePerMinute ?? this.config.sendRatePerMinute;
  }
}

import { Logger } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as qrcodeTerminal from 'qrcode-terminal';
import { qrcodeValueToImageUrl, ScanStatus, types, WechatyBuilder } from 'wechaty';
import type { Contact, Friendship, Message, Wechaty, WechatyOptions } from 'wechaty';
import { Clock } from '../../core/clock';
import { BotStatusSnapshot } from '../../core/bot-status';
import { errorLine, maskName } from '../../core/log-masking';
import { withTimeout } from '../../infra/timeout';
import type { AccountKey } from '../delivery/outbox.repository';
import { BotStateTracker } from './bot-state';
import { ChatEventListener, ContactAddress } from './chat-events';
import { forgetCachedContact } from './contact-cache';
import { keepingOurCrashHandling, toleratePuppetFailuresAfterStop } from './crash-handlers';
import { setAsideUnreadableMemoryCard } from './data-folder';
import { ThrottledErrorLog } from './throttled-log';

const STOP_TIMEOUT_MS = 20_000;

/** How to build one account's Wechaty. */
export interface AccountSetup {
  key: AccountKey;
  /** For the log: never the token. */
  label: string;
  /** The memory card's name: one per account, so each resumes its own login. */
  memoryCard: string;
  /** A stored account's puppet and its options; none: Wechaty reads the WECHATY_* variables. */
  puppet?: { name: string; options: Record<string, unknown> };
}

/**
 * One WeChat account's connection: a Wechaty bot that tracks its login, hands chat events
 * (marked with the account) to the listener and says what it is told to.
 */
export class AccountBot {
  private readonly logger: Logger;
  private readonly status = new BotStateTracker();
  private readonly errors: ThrottledErrorLog;
  private readonly inFlight = new Set<Promise<void>>();
  private bot: Wechaty | undefined;
  readonly startup: Promise<void>;

  constructor(
    readonly setup: AccountSetup,
    private readonly listener: ChatEventListener,
    private readonly clock: Clock,
    private readonly changed: (snapshot: BotStatusSnapshot) => void,
  ) {
    this.logger = new Logger(setup.key === null ? 'WeChat' : `WeChat ${setup.label}`);
    this.errors = new ThrottledErrorLog(this.logger, clock);
    this.startup = this.run();
  }

  get wechaty(): Wechaty | undefined {
    return this.bot;
  }

  snapshot(): BotStatusSnapshot {
    return this.status.snapshot();
  }

  isLoggedIn(): boolean {
    return this.status.state === 'logged-in';
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops the puppet, then lets the events in hand finish. */
  async stop(): Promise<void> {
    await this.startup;
    const bot = this.bot;
    if (bot) {
      if (/wechat4u/.test(bot.puppet.name())) toleratePuppetFailuresAfterStop(this.logger);
      await withTimeout(bot.stop(), STOP_TIMEOUT_MS, 'Stopping the WeChat bot').catch(
        (error: unknown) => this.logger.warn(errorLine(error)),
      );
    }
    await this.settled();
  }

  /** Sends `text` to the contact; returns the contact id that worked (it changes on a re-login). */
  async say(address: ContactAddress, text: string): Promise<string> {
    const contact = await this.find(address);
    if (!contact) throw new Error(`No WeChat contact found for ${address.alias ?? 'this contact'}`);
    await contact.say(text);
    return contact.id;
  }

  async forgetContact(contactId: string): Promise<void> {
    if (this.bot) await forgetCachedContact(this.bot.puppet, contactId);
  }

  async setAlias(contactId: string, alias: string): Promise<void> {
    const contact = await this.find({ contactId, alias: null });
    await contact?.alias(alias);
  }

  private async run(): Promise<void> {
    try {
      const { memoryCard, puppet } = this.setup;
      mkdirSync(dirname(memoryCard), { recursive: true });
      const setAside = setAsideUnreadableMemoryCard(memoryCard, this.clock.now());
      if (setAside) {
        this.logger.warn(
          `The memory card was empty or unreadable; moved it to ${setAside}, the bot starts with a new login`,
        );
      }
      const options: WechatyOptions = puppet
        ? {
            name: memoryCard,
            puppet: puppet.name as WechatyOptions['puppet'],
            puppetOptions: puppet.options,
          }
        : { name: memoryCard };
      const bot = WechatyBuilder.build(options);
      this.bot = this.wire(bot);
      await keepingOurCrashHandling(() => bot.start(), this.logger);
    } catch (error) {
      this.failed(errorLine(error));
      this.logger.error(`The WeChat bot could not start: ${errorLine(error)}`);
    }
  }

  private wire(bot: Wechaty): Wechaty {
    return bot
      .on('scan', (qrcode, status) => this.onScan(qrcode, status))
      .on('login', (user) => this.onLogin(user))
      .on('logout', () => this.onLogout())
      .on('error', (error) => this.onError(error))
      .on('message', (message) => this.track(this.onMessage(message)))
      .on('friendship', (friendship) => this.track(this.onFriendship(friendship)));
  }

  private onScan(qrcode: string, status: ScanStatus): void {
    const url = qrcode ? qrcodeValueToImageUrl(qrcode) : undefined;
    this.status.scanned(url, status);
    this.changed(this.snapshot());
    if (status !== ScanStatus.Waiting || !url) return;
    this.logger.log(`Scan the QR code to log in the bot's WeChat account: ${url}`);
    // In a terminal the code itself is quicker to scan than a link; logs keep the link only.
    if (process.stdout.isTTY)
      qrcodeTerminal.generate(qrcode, { small: true }, (qr) => console.log(qr));
  }

  private onLogin(user: Contact): void {
    this.status.loggedIn(user.name(), user.id);
    this.changed(this.snapshot());
    this.logger.log(`Logged in as ${maskName(user.name())}; messages go out again`);
  }

  private onLogout(): void {
    this.status.loggedOut();
    this.changed(this.snapshot());
    this.logger.warn('Logged out; messages wait in the outbox until the bot logs in again');
  }

  private onError(error: unknown): void {
    this.failed(errorLine(error));
    this.errors.report(error);
  }

  private failed(reason: string): void {
    const before = this.status.state;
    this.status.failed(reason);
    if (this.status.state !== before) this.changed(this.snapshot());
  }

  private async onMessage(message: Message): Promise<void> {
    const talker = message.talker();
    await this.listener.message({
      accountId: this.setup.key,
      messageId: message.id,
      contactId: talker.id,
      contactAlias: (await talker.alias()) ?? null,
      text: message.text(),
      isRoom: message.room() !== undefined,
      isSelf: message.self(),
      isText: message.type() === types.Message.Text,
    });
  }

  private async onFriendship(friendship: Friendship): Promise<void> {
    if (friendship.type() !== types.Friendship.Receive) return;
    await this.listener.friendRequest({
      accountId: this.setup.key,
      contactId: friendship.contact().id,
      greeting: friendship.hello(),
      accept: () => friendship.accept(),
    });
  }

  /** Keeps the handling of one event in view, so that a stop can wait for it. */
  private track(work: Promise<void>): void {
    const tracked: Promise<void> = work
      .catch((error: unknown) => this.logger.error(`A chat event failed: ${errorLine(error)}`))
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** By contact id, else by alias: a re-login may give every contact a new id. */
  private async find(address: ContactAddress): Promise<Contact | undefined> {
    const bot = this.bot;
    if (!bot) throw new Error('The WeChat bot is not running');
    const id = address.contactId;
    // Asked of the puppet first: Contact.find() reports an unknown id as a bot error.
    const known = (contactId: string) =>
      bot.puppet.contactPayload(contactId).then(
        () => true,
        () => false,
      );
    if (id && (await known(id))) return bot.Contact.find({ id });
    return address.alias ? bot.Contact.find({ alias: address.alias }) : undefined;
  }
}

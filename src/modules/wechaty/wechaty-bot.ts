import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as qrcodeTerminal from 'qrcode-terminal';
import { qrcodeValueToImageUrl, ScanStatus, types, WechatyBuilder } from 'wechaty';
import type { Contact, Friendship, Message, Wechaty } from 'wechaty';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock';
import { BotStatusSnapshot } from '../../core/bot-status';
import { BotStateTracker } from './bot-state';
import { ChatEventListener, ContactAddress } from './chat-events';
import { keepingOurCrashHandling, toleratePuppetFailuresAfterStop } from './crash-handlers';
import { forgetCachedContact } from './contact-cache';
import { memoryCardName, setAsideUnreadableMemoryCard } from './data-folder';
import { errorLine, maskName } from '../../core/log-masking';
import { ThrottledErrorLog } from './throttled-log';
import { withTimeout } from '../../infra/timeout';

const STOP_TIMEOUT_MS = 20_000;

/**
 * The WeChat connection: one Wechaty bot whose puppet Wechaty picks from its own WECHATY_*
 * variables. It tracks the login, hands chat events to the dialogue's listener and says
 * what it is told to; what to say is decided elsewhere.
 */
@Injectable()
export class WechatyBot implements BeforeApplicationShutdown {
  private readonly logger = new Logger('WeChat');
  private readonly status: BotStateTracker;
  private readonly errors: ThrottledErrorLog;
  private readonly inFlight = new Set<Promise<void>>();
  private listener: ChatEventListener | undefined;
  private bot: Wechaty | undefined;
  private startup: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.status = new BotStateTracker(config.botEnabled);
    this.errors = new ThrottledErrorLog(this.logger, clock);
  }

  /** The running Wechaty instance, for the demo and tests that drive a mock puppet. */
  get wechaty(): Wechaty | undefined {
    return this.bot;
  }

  snapshot(): BotStatusSnapshot {
    return this.status.snapshot();
  }

  isLoggedIn(): boolean {
    return this.status.state === 'logged-in';
  }

  /**
   * Starts the bot, events going to `listener`, without waiting for a login (that may take
   * a scan and minutes). Called by the dialogue: an app without one has no bot running.
   */
  start(listener: ChatEventListener): void {
    this.listener = listener;
    if (this.config.botEnabled) this.startup = this.run();
  }

  /** Resolves once the bot has started (or failed to); it need not be logged in. */
  started(): Promise<void> {
    return this.startup;
  }

  /** Resolves once every chat event received so far has been handled. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops the puppet, then lets the events in hand finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
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

  /** Removes an erased learner's contact from the puppet's caches, in memory and on disk. */
  async forgetContact(contactId: string): Promise<void> {
    if (this.bot) await forgetCachedContact(this.bot.puppet, contactId);
  }

  /** Gives the contact a stable alias; a puppet that cannot set one leaves the contact id as the key. */
  async setAlias(contactId: string, alias: string): Promise<void> {
    const contact = await this.find({ contactId, alias: null });
    await contact?.alias(alias);
  }

  private async run(): Promise<void> {
    try {
      const name = memoryCardName(this.config);
      mkdirSync(dirname(name), { recursive: true });
      const setAside = setAsideUnreadableMemoryCard(name, this.clock.now());
      if (setAside) {
        this.logger.warn(
          `The memory card was empty or unreadable; moved it to ${setAside}, the bot starts with a new login`,
        );
      }
      const bot = WechatyBuilder.build({ name });
      this.bot = this.wire(bot);
      await keepingOurCrashHandling(() => bot.start(), this.logger);
    } catch (error) {
      this.status.failed(errorLine(error));
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
    if (status !== ScanStatus.Waiting || !url) return;
    this.logger.log(`Scan the QR code to log in the bot's WeChat account: ${url}`);
    // In a terminal the code itself is quicker to scan than a link; logs keep the link only.
    if (process.stdout.isTTY)
      qrcodeTerminal.generate(qrcode, { small: true }, (qr) => console.log(qr));
  }

  private onLogin(user: Contact): void {
    this.status.loggedIn(user.name(), user.id);
    this.logger.log(`Logged in as ${maskName(user.name())}; messages go out again`);
  }

  private onLogout(): void {
    this.status.loggedOut();
    this.logger.warn('Logged out; messages wait in the outbox until the bot logs in again');
  }

  private onError(error: unknown): void {
    this.status.failed(errorLine(error));
    this.errors.report(error);
  }

  private async onMessage(message: Message): Promise<void> {
    const talker = message.talker();
    await this.listener?.message({
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
    await this.listener?.friendRequest({
      contactId: friendship.contact().id,
      greeting: friendship.hello(),
      accept: () => friendship.accept(),
    });
  }

  /** Keeps the handling of one event in view, so that shutdown can wait for it. */
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

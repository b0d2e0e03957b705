import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { log } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { PuppetServer } from 'wechaty-puppet-service';

/** A free local TCP port (closed again; a race with another process is unlikely enough). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A mock WeChat served over the puppet-service gRPC protocol, as a licensed puppet service
 * would serve the real one: the bot connects with WECHATY_PUPPET_SERVICE_* variables only.
 */
export class MockPuppetServer {
  private heartbeats: NodeJS.Timeout | undefined;

  private constructor(
    readonly mocker: mock.Mocker,
    private readonly server: PuppetServer,
    readonly endpoint: string,
    readonly token: string,
  ) {}

  /**
   * Started before the bot: a client with nothing to connect to gives up. `heartbeatMs` makes
   * the peer beat as a real service does: PuppetMock sends none, and a puppet-service client
   * resets its connection after about a minute without one.
   */
  static async start(options: { heartbeatMs?: number } = {}): Promise<MockPuppetServer> {
    log.level('silent');
    const endpoint = `127.0.0.1:${await freePort()}`;
    const token = `insecure_${randomUUID()}`;
    const mocker = new mock.Mocker();
    const server = new PuppetServer({
      endpoint,
      token,
      puppet: new PuppetMock({ mocker }),
      tls: { disable: true },
    });
    await server.start();
    const started = new MockPuppetServer(mocker, server, endpoint, token);
    if (options.heartbeatMs) {
      started.heartbeats = setInterval(
        () => mocker.puppet.emit('heartbeat', { data: 'mock peer' }),
        options.heartbeatMs,
      );
    }
    return started;
  }

  /** The account's puppet settings, as an admin stores them (POST /api/v1/bot-accounts). */
  account(name: string, sendRatePerMinute: number): Record<string, unknown> {
    return {
      name,
      puppet: 'wechaty-puppet-service',
      token: this.token,
      endpoint: this.endpoint,
      tls: { disable: true },
      sendRatePerMinute,
    };
  }

  /** The bot's environment: the service, and an endpoint, without which it asks the internet. */
  env(): Record<string, string> {
    return {
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_SERVICE_TOKEN: this.token,
      WECHATY_PUPPET_SERVICE_ENDPOINT: this.endpoint,
      WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'true',
    };
  }

  /** Where the bot's puppet keeps the payloads it fetched: under $HOME, per token. */
  cacheFolder(): string {
    return join(homedir(), '.wechaty', 'wechaty-puppet-service', this.token);
  }

  /** Stops the server and removes the client's payload cache. */
  async stop(): Promise<void> {
    clearInterval(this.heartbeats);
    await this.server.stop();
    // Fed once, the puppet's own watchdog would reset it a minute later, in another suite.
    if (this.heartbeats) await this.mocker.puppet.stop();
    const cache = join(this.cacheFolder(), '..');
    rmSync(this.cacheFolder(), { recursive: true, force: true });
    for (const folder of [cache, join(cache, '..')]) {
      if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
    }
  }
}

import {
  ChatChannel,
  OutgoingMessage,
  ReadyAccount,
} from '../../src/modules/delivery/chat-channel';

/** A send stopped half-way, as the test wants it: released later, or never (a crash). */
export interface HeldSend {
  /** Resolves with the message once the send is stuck in the channel. */
  started: Promise<OutgoingMessage>;
  /** Lets the send finish: delivered, or failing with `error`. */
  release(error?: Error): void;
}

interface Gate {
  start: (message: OutgoingMessage) => void;
  released: Promise<Error | undefined>;
}

/** An in-memory chat channel that records what it sent and fails or stalls on request. */
export class RecordingChatChannel extends ChatChannel {
  /** Messages delivered, in order. */
  readonly sent: OutgoingMessage[] = [];
  /** Every send begun, delivered or not. */
  readonly calls: OutgoingMessage[] = [];
  ready = true;
  /** The accounts it sends for: the default account unless a test names others. */
  accounts: ReadyAccount[] = [
    { accountId: null, leaseUntil: new Date('2100-01-01T00:00:00Z'), sendRatePerMinute: 600 },
  ];
  private failuresLeft = 0;
  private readonly failing = new Map<number, string>();
  private readonly gates: Gate[] = [];

  isReady(): boolean {
    return this.ready;
  }

  readyAccounts(): ReadyAccount[] {
    return this.ready ? this.accounts : [];
  }

  async send(message: OutgoingMessage): Promise<void> {
    this.calls.push(message);
    const gate = this.gates.shift();
    if (gate) {
      gate.start(message);
      const error = await gate.released;
      if (error) throw error;
    }
    const refusal = this.failing.get(message.learnerId);
    if (refusal !== undefined) throw new Error(refusal);
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('channel down');
    }
    this.sent.push(message);
  }

  /** The next `count` sends throw "channel down". */
  failNext(count: number): void {
    this.failuresLeft = count;
  }

  /** Every send to this learner throws `reason` until `recover`. */
  failFor(learnerId: number, reason = `learner #${learnerId} unreachable`): void {
    this.failing.set(learnerId, reason);
  }

  recover(learnerId: number): void {
    this.failing.delete(learnerId);
  }

  /** Holds the next send (queued holds apply to the sends after it, in turn). */
  holdNext(): HeldSend {
    let start!: (message: OutgoingMessage) => void;
    let release!: (error?: Error) => void;
    const started = new Promise<OutgoingMessage>((resolve) => (start = resolve));
    const released = new Promise<Error | undefined>((resolve) => (release = resolve));
    this.gates.push({ start, released });
    return { started, release };
  }

  sentIds(): number[] {
    return this.sent.map((m) => m.id);
  }
}

/** disabled: HR switched the account off, so no instance runs it. */
export type BotAccountState =
  'logged-in' | 'waiting-for-scan' | 'logged-out' | 'error' | 'disabled';

/** Wechaty's puppet-service TLS options. */
export interface BotAccountTls {
  caCert?: string;
  serverName?: string;
  disable?: boolean;
}

/** A WeChat account of the pool; the runtime fields are written by the instance running it. */
export interface BotAccountRecord {
  id: number;
  name: string;
  /** The puppet's npm name, e.g. wechaty-puppet-service. */
  puppet: string;
  /** Write-only: never in an API response or a log line. */
  token: string | null;
  endpoint: string | null;
  tls: BotAccountTls | null;
  /** A link to the account's contact QR card, for invite sheets; set by HR. */
  qrCardUrl: string | null;
  /** At most this many messages in any 60 s, across every instance. */
  sendRatePerMinute: number;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  leaseHolder: string | null;
  leaseUntil: Date | null;
  nextSendAt: Date | null;
  state: BotAccountState;
  stateReason: string | null;
  qrUrl: string | null;
  wechatId: string | null;
  wechatName: string | null;
  stateAt: Date | null;
}

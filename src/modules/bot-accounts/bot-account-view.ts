import { drainTime } from '../../core/pool/account-choice';
import type { BotAccountRecord } from '../../core/records';
import type { BotAccountLoad } from './bot-account.repository';
import { BotAccountResponse } from './dto/bot-account.response';

const IDLE: BotAccountLoad = { learnersPinned: 0, queued: 0, sentToday: 0 };

/**
 * What HR sees of an account: never its token or certificate. A state written by an instance
 * whose lease lapsed is stale, so the account shows as logged out with nobody running it.
 */
export function toBotAccountResponse(
  account: BotAccountRecord,
  load: BotAccountLoad = IDLE,
  now: Date,
): BotAccountResponse {
  const live = account.leaseUntil !== null && account.leaseUntil > now;
  const { state, stateReason } = currentState(account, live);
  return {
    id: account.id,
    name: account.name,
    puppet: account.puppet,
    hasToken: account.token !== null,
    endpoint: account.endpoint,
    tls: account.tls && {
      serverName: account.tls.serverName ?? null,
      disable: account.tls.disable === true,
      caCert: account.tls.caCert !== undefined,
    },
    qrCardUrl: account.qrCardUrl,
    sendRatePerMinute: account.sendRatePerMinute,
    enabled: account.enabled,
    state,
    stateReason,
    stateAt: account.stateAt,
    qrUrl: state === 'waiting-for-scan' ? account.qrUrl : null,
    wechatId: account.wechatId,
    wechatName: account.wechatName,
    instance: live ? account.leaseHolder : null,
    ...load,
    drainsAt: drainTime(load.queued, account.sendRatePerMinute, account.nextSendAt, now),
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}

function currentState(
  account: BotAccountRecord,
  live: boolean,
): Pick<BotAccountResponse, 'state' | 'stateReason'> {
  if (!account.enabled) return { state: 'disabled', stateReason: null };
  if (live || account.state === 'error' || account.state === 'logged-out') {
    return { state: account.state, stateReason: account.stateReason };
  }
  return { state: 'logged-out', stateReason: 'No instance runs this account now' };
}

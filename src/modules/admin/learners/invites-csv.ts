import { DateTime } from 'luxon';
import { csvLine, excelText, UTF8_BOM } from '../../../core/progress/csv-cells';
import { InvitesResponse } from './dto/invite.response';

/**
 * invites.csv for a mail merge or a printed sheet; expiry in the cohort's local time. Each
 * learner's bot is their pool account (its name, WeChat id, QR card link), or the default one.
 */
export function invitesCsv(sheet: InvitesResponse): string {
  const local = (at: Date | null) =>
    at ? DateTime.fromJSDate(at, { zone: sheet.timezone }).toFormat('yyyy-MM-dd HH:mm') : null;
  const header = csvLine([
    'name',
    'externalId',
    'code',
    `codeExpiresAt (${sheet.timezone})`,
    'botName',
    'botWechatId',
    'botQrCardUrl',
  ]);
  const rows = sheet.learners.map((l) =>
    csvLine([
      l.name,
      excelText(l.externalId),
      l.code,
      local(l.codeExpiresAt),
      l.botAccount ? l.botAccount.name : sheet.botName,
      l.botAccount ? l.botAccount.wechatId : sheet.botWechatId,
      l.botAccount?.qrCardUrl ?? null,
    ]),
  );
  return UTF8_BOM + header + rows.join('');
}

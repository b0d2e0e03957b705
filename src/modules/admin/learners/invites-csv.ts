import { DateTime } from 'luxon';
import { csvLine, excelText, UTF8_BOM } from '../../../core/progress/csv-cells';
import { InvitesResponse } from './dto/invite.response';

/** invites.csv for a mail merge or a printed sheet; expiry in the cohort's local time. */
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
  ]);
  const rows = sheet.learners.map((l) =>
    csvLine([
      l.name,
      excelText(l.externalId),
      l.code,
      local(l.codeExpiresAt),
      sheet.botName,
      sheet.botWechatId,
    ]),
  );
  return UTF8_BOM + header + rows.join('');
}

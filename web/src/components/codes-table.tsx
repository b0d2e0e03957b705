import type { ComponentChildren } from 'preact';
import { dateTime } from '../format';
import { t } from '../i18n/i18n';

/** A learner with the join code HR hands on, if one is known. */
export interface CodeRow {
  learnerId: number;
  name: ComponentChildren;
  externalId: string;
  code: string | null;
  expiresAt: string | null;
  /** The bot account the learner adds on WeChat, on invite sheets of a pool. */
  account?: string;
}

/** Name, external id, code and expiry: the enrolment result and the invite sheet alike. */
export function CodesTable(props: { rows: CodeRow[]; caption?: string; class?: string }) {
  const accounts = props.rows.some((row) => row.account);
  return (
    <table class={props.class}>
      {props.caption && <caption>{props.caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('externalId')}</th>
          <th scope="col">{t('code')}</th>
          <th scope="col">{t('expires')}</th>
          {accounts && <th scope="col">{t('botAccount')}</th>}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.learnerId}>
            <th scope="row">{row.name}</th>
            <td>{row.externalId}</td>
            <td class="code">{row.code ?? '—'}</td>
            <td>{row.expiresAt ? dateTime(row.expiresAt) : '—'}</td>
            {accounts && <td class="account">{row.account ?? '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useState } from 'preact/hooks';
import type { BotAccountResponse } from '../api/types';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { describe } from './status-line';

const EMPTY = { name: '', puppet: 'wechaty-puppet-service', token: '', endpoint: '' };

/** Admins add an account; the token goes to the server and is never shown again. */
export function AddBotAccountForm({ onAdded }: { onAdded: () => void }) {
  const { api } = session.value!;
  const [form, setForm] = useState(EMPTY);
  const [note, setNote] = useState('');
  const field = (name: keyof typeof EMPTY) => ({
    id: `account-${name}`,
    value: form[name],
    onInput: (e: { currentTarget: HTMLInputElement }) =>
      setForm({ ...form, [name]: e.currentTarget.value }),
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== ''));
    try {
      const added = await api.send<BotAccountResponse>('POST', '/bot-accounts', body);
      setNote(t('accountAdded', { name: added.name }));
      setForm(EMPTY);
      onAdded();
    } catch (error) {
      setNote(describe(error));
    }
  };
  return (
    <form class="card" onSubmit={submit}>
      <h3>{t('addAccount')}</h3>
      <label for="account-name">{t('name')}</label>
      <input {...field('name')} required />
      <label for="account-puppet">{t('puppet')}</label>
      <input {...field('puppet')} required />
      <label for="account-token">{t('token')}</label>
      <input {...field('token')} type="password" autocomplete="off" />
      <label for="account-endpoint">{t('endpoint')}</label>
      <input {...field('endpoint')} placeholder="10.0.0.5:8788" />
      <button type="submit">{t('addAccount')}</button>
      <p aria-live="polite">{note}</p>
    </form>
  );
}

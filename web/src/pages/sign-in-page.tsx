import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { t } from '../i18n/i18n';
import { signIn } from '../session';

export function SignInPage() {
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      await signIn(key);
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.status === 401
          ? t('wrongKey')
          : t('cannotReach', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card sign-in" onSubmit={submit}>
      <h1>{t('signIn')}</h1>
      <label for="api-key">{t('apiKey')}</label>
      <input
        id="api-key"
        type="password"
        autocomplete="off"
        required
        value={key}
        onInput={(e) => setKey(e.currentTarget.value)}
        aria-describedby="api-key-help"
      />
      <p id="api-key-help" class="hint">
        {t('apiKeyHelp')}
      </p>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('signIn')}
      </button>
    </form>
  );
}

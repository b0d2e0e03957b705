import { render } from 'preact';
import { t, lang, setLang, type Lang } from './i18n/i18n';
import { route } from './router';
import { session, signOut, can } from './session';
import { SignInPage } from './pages/sign-in-page';
import { CohortsPage } from './pages/cohorts-page';
import { CohortPage } from './pages/cohort-page';
import { EnrolPage } from './pages/enrol-page';
import { LearnerPage } from './pages/learner-page';
import { DeliveriesPage } from './pages/deliveries-page';
import { CoursesPage } from './pages/courses-page';
import './styles.css';

function LanguageSwitch() {
  return (
    <label class="lang">
      {t('language')}{' '}
      <select value={lang.value} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

function CurrentPage() {
  const r = route.value;
  switch (r.page) {
    case 'cohort':
      return <CohortPage id={r.id} />;
    case 'enrol':
      return <EnrolPage id={r.id} />;
    case 'learner':
      return <LearnerPage id={r.id} />;
    case 'deliveries':
      return <DeliveriesPage />;
    case 'courses':
      return <CoursesPage />;
    default:
      return <CohortsPage />;
  }
}

function App() {
  const current = session.value;
  const allowed = current && can(current);
  return (
    <>
      <header class="top no-print">
        <strong>{t('appName')}</strong>
        {allowed && (
          <nav aria-label={t('nav')}>
            <a href="#/cohorts">{t('cohorts')}</a>
            {allowed.seeDeliveries && <a href="#/deliveries">{t('deliveries')}</a>}
            {allowed.editContent && <a href="#/courses">{t('courses')}</a>}
          </nav>
        )}
        <span class="spacer" />
        <LanguageSwitch />
        {current && (
          <>
            <span>{t('role', { role: current.role })}</span>
            <button type="button" onClick={signOut}>
              {t('signOut')}
            </button>
          </>
        )}
      </header>
      <main>{current ? <CurrentPage /> : <SignInPage />}</main>
    </>
  );
}

setLang(lang.value);
render(<App />, document.getElementById('app')!);

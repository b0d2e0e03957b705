import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { EnrolmentResponse } from '../api/types';
import { CodesTable } from '../components/codes-table';
import { EnrolDropzone } from '../components/enrol-dropzone';
import { describe } from '../components/status-line';
import {
  checkEnrolCsv,
  fromServerDetail,
  type CheckedCsv,
  type CsvProblem,
} from '../enrol/enrol-csv';
import { t } from '../i18n/i18n';
import { session } from '../session';

export function EnrolPage({ id }: { id: number }) {
  const { api } = session.value!;
  const [file, setFile] = useState<{ text: string; checked: CheckedCsv } | null>(null);
  const [serverProblems, setServerProblems] = useState<CsvProblem[] | null>(null);
  const [result, setResult] = useState<EnrolmentResponse | null>(null);
  const [failure, setFailure] = useState('');
  const load = (text: string) => {
    setFile({ text, checked: checkEnrolCsv(text) });
    setServerProblems(null);
    setResult(null);
    setFailure('');
  };
  const confirm = async () => {
    if (!file) return;
    try {
      const enrolled = await api.sendCsv<EnrolmentResponse>(`/cohorts/${id}/learners`, file.text);
      setResult(enrolled);
      setFile(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.body?.details.length)
        setServerProblems(error.body.details.map(fromServerDetail));
      else setFailure(describe(error));
    }
  };
  const problems = serverProblems ?? file?.checked.problems ?? [];
  return (
    <section>
      <h1>{t('enrol')}</h1>
      <p>
        <a href={`#/cohorts/${id}`}>← {t('cohorts')}</a>
      </p>
      <EnrolDropzone onText={load} />
      {serverProblems && <p role="alert">{t('serverRefused')}</p>}
      {problems.length > 0 && <ProblemTable problems={problems} />}
      {file && problems.length === 0 && (
        <p>
          {t('rowsOk', { n: file.checked.rows.length })}{' '}
          <button type="button" onClick={confirm}>
            {t('confirmEnrol', { n: file.checked.rows.length })}
          </button>
        </p>
      )}
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
      {result && <EnrolResult result={result} />}
    </section>
  );
}

function ProblemTable({ problems }: { problems: CsvProblem[] }) {
  return (
    <table class="problems" aria-describedby="bad-rows">
      <caption id="bad-rows" aria-live="assertive">
        {t('badRows', { n: problems.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('row')}</th>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('problem')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <th scope="row">{p.row || '—'}</th>
            <td>{p.field}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EnrolResult({ result }: { result: EnrolmentResponse }) {
  return (
    <>
      <p role="status" class="ok">
        {result.created + result.updated === 0
          ? t('enrolledNoChange', { n: result.unchanged })
          : t('enrolled', {
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
      </p>
      <CodesTable
        rows={result.learners.map((l) => ({
          learnerId: l.learnerId,
          name: <a href={`#/learners/${l.learnerId}`}>{l.name}</a>,
          externalId: l.externalId,
          code: l.code,
          expiresAt: l.codeExpiresAt,
        }))}
      />
    </>
  );
}

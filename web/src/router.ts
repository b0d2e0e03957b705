import { signal } from '@preact/signals';

export type Route =
  | { page: 'cohorts' }
  | { page: 'cohort'; id: number }
  | { page: 'enrol'; id: number }
  | { page: 'learner'; id: number }
  | { page: 'deliveries' }
  | { page: 'courses' };

/** Hash routes, so a reload or a bookmark never needs the server to know the page. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const id = Number(parts[1]);
  if (parts[0] === 'cohorts' && Number.isInteger(id) && id > 0)
    return parts[2] === 'enrol' ? { page: 'enrol', id } : { page: 'cohort', id };
  if (parts[0] === 'learners' && Number.isInteger(id) && id > 0) return { page: 'learner', id };
  if (parts[0] === 'deliveries') return { page: 'deliveries' };
  if (parts[0] === 'courses') return { page: 'courses' };
  return { page: 'cohorts' };
}

export const route = signal<Route>(parseRoute(location.hash));
window.addEventListener('hashchange', () => (route.value = parseRoute(location.hash)));

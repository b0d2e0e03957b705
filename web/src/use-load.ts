import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

interface State<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  /** The deps `data` or `error` was loaded for. */
  deps?: unknown[];
}

/**
 * Runs `load` when `deps` change; a newer run wins over a slower older one. A reload keeps
 * what it shows until the new data comes; new deps show nothing of the old ones meanwhile,
 * so that one cohort's page never offers another cohort's data or buttons while it loads.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<State<T>>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false, deps }),
      (error: unknown) => current && setState({ error, loading: false, deps }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  if (!sameDeps(state.deps, deps)) return { loading: true, reload };
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

function sameDeps(loaded: unknown[] | undefined, wanted: unknown[]): boolean {
  return (
    loaded !== undefined &&
    loaded.length === wanted.length &&
    loaded.every((value, i) => Object.is(value, wanted[i]))
  );
}

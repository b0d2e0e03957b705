import type { ErrorResponse } from './types';

/** A refused request, with the server's explanation (`details` names every bad field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorResponse | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** A CSV file as the body, as Excel saved it. */
  sendCsv<T>(path: string, csv: string): Promise<T>;
  /** A download that needs the key (a plain link cannot send it). */
  blob(path: string): Promise<Blob>;
}

/** Every call goes to this origin's `/api/v1` with the key as Bearer; no cookies. */
export function createApi(key: string): Api {
  const call = async (method: string, path: string, body?: BodyInit, type?: string) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${key}` };
    if (type) headers['Content-Type'] = type;
    const response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body,
      credentials: 'omit',
    });
    if (!response.ok) throw new ApiError(response.status, await errorBody(response));
    return response;
  };
  const json = async <T>(response: Response) => (await response.json()) as T;
  return {
    get: async (path) => json(await call('GET', path)),
    send: async (method, path, body) =>
      json(
        await call(
          method,
          path,
          body === undefined ? undefined : JSON.stringify(body),
          body === undefined ? undefined : 'application/json',
        ),
      ),
    sendCsv: async (path, csv) => json(await call('POST', path, csv, 'text/csv')),
    blob: async (path) => (await call('GET', path)).blob(),
  };
}

async function errorBody(response: Response): Promise<ErrorResponse | null> {
  try {
    return (await response.json()) as ErrorResponse;
  } catch {
    return null;
  }
}

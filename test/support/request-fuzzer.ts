import { SeededRandom } from '../../src/core/simulation/seeded-random';

/** One generated request, printable so a failure can be read and replayed. */
export interface FuzzRequest {
  method: string;
  path: string;
  caller: string;
  contentType?: string;
  body?: string | Buffer;
}

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  format?: string;
}

interface Operation {
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const STRINGS = [
  '',
  ' ',
  'x',
  '王丽',
  'Ｅ００１',
  '😀'.repeat(50),
  '👨‍👩‍👧',
  'a'.repeat(5000),
  '\u0000',
  '\ud800',
  '\u202e',
  '"',
  "'; DROP TABLE learners; --",
  '<script>',
  '%s',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '09:00',
  '24:00',
  '2026-02-30',
  '2026-03-02',
  'Asia/Shanghai',
  'Mars/Olympus',
  'zh',
  'en',
  'hr',
  'admin',
  'trainer',
  'mini-course',
  'active',
  'failed',
  'true',
  '1',
  '-1',
  '1e3',
  '0x10',
  'NaN',
];
const NUMBERS = [0, 1, 2, -1, 0.5, 0.9, 1.5, 7, 100, 2_147_483_647, 2_147_483_648, 1e308, -1e308];
/** Percent-encoded, lone surrogates as U+FFFD (encodeURIComponent throws on them). */
const encode = (text: string) => encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'));

/** Already in a URL: broken escapes a client may send as they are. */
const RAW_PATH_VALUES = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%2e%2e%2f',
  '%C0%AF',
  '1%20',
  '%F0%9F%98%80',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/csv',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'garbage',
];

/**
 * Requests for every operation of an OpenAPI document: path ids real and absurd, query
 * strings declared and not, bodies from the schema with some fields wrong, or no JSON at
 * all, under every content type. Seeded: the same seed gives the same requests.
 */
export class RequestFuzzer {
  private readonly random: SeededRandom;

  constructor(
    private readonly doc: OpenApiDocument,
    seed: string,
    private readonly pools: { ids: string[]; callers: string[] },
  ) {
    this.random = new SeededRandom(seed);
  }

  *requests(perOperation: number): Generator<FuzzRequest> {
    for (const [template, operations] of Object.entries(this.doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (let i = 0; i < perOperation; i++) yield this.request(template, method, operation);
      }
    }
  }

  private request(template: string, method: string, operation: Operation): FuzzRequest {
    const path = template.replace(/\{(\w+)\}/g, () => this.pathValue());
    const query = this.query(operation);
    const request: FuzzRequest = {
      method,
      path: query ? `${path}?${query}` : path,
      caller: this.pick(this.pools.callers),
    };
    if (method === 'get' || method === 'delete' ? this.random.chance(0.1) : this.random.chance(0.9))
      Object.assign(request, this.body(operation));
    return request;
  }

  private pathValue(): string {
    if (this.random.chance(0.5)) return this.pick(this.pools.ids);
    if (this.random.chance(0.2)) return this.pick(RAW_PATH_VALUES);
    return encode(this.random.chance(0.5) ? String(this.pick(NUMBERS)) : this.string());
  }

  private query(operation: Operation): string {
    const pairs: string[] = [];
    for (const p of operation.parameters ?? []) {
      if (p.in === 'query' && this.random.chance(0.6))
        pairs.push(`${p.name}=${encode(String(this.scalar(p.schema)))}`);
    }
    if (this.random.chance(0.15)) pairs.push(`${encode(this.string())}=1`);
    if (this.random.chance(0.1)) pairs.push('page=1&page=2', 'a[b][c]=1', '__proto__[x]=1');
    return pairs.join('&');
  }

  private body(operation: Operation): Pick<FuzzRequest, 'contentType' | 'body'> {
    const declared = Object.entries(operation.requestBody?.content ?? {});
    const [declaredType, { schema }] = declared.length
      ? this.pick(declared)
      : ['application/json', { schema: undefined }];
    const contentType = this.random.chance(0.7) ? declaredType : this.pick(CONTENT_TYPES);
    const shape = this.random.index(10);
    if (declaredType === 'text/csv' && contentType === 'text/csv' && shape < 6)
      return { contentType, body: this.csv() };
    if (shape === 0) return { contentType, body: this.bytes() };
    if (shape === 1)
      return { contentType, body: JSON.stringify(this.value(schema, 0)).slice(0, -1) };
    return { contentType, body: JSON.stringify(this.mutated(this.value(schema, 0))) ?? 'null' };
  }

  private value(schema: Schema | undefined, depth: number): unknown {
    const resolved = this.resolve(schema);
    if (!resolved || depth > 4) return this.anything(depth);
    if (resolved.enum) return this.pick(resolved.enum);
    if (resolved.type === 'array')
      return Array.from({ length: this.random.index(4) }, () =>
        this.value(resolved.items, depth + 1),
      );
    if (resolved.type === 'object' || resolved.properties) {
      const object: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(resolved.properties ?? {})) {
        if (this.random.chance(0.8)) object[key] = this.value(property, depth + 1);
      }
      return object;
    }
    return this.scalar(resolved);
  }

  /** Some fields replaced by a value of any kind, or added where none is allowed. */
  private mutated(value: unknown): unknown {
    if (this.random.chance(0.15)) return this.anything(0);
    if (typeof value !== 'object' || value === null) return value;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
    for (const key of Object.keys(copy)) {
      if (this.random.chance(0.2)) copy[key] = this.anything(1);
    }
    if (this.random.chance(0.2)) copy[this.string()] = this.anything(1);
    return copy;
  }

  private scalar(schema: Schema | undefined): unknown {
    if (schema?.enum && this.random.chance(0.7)) return this.pick(schema.enum);
    if (this.random.chance(0.25)) return this.anything(2);
    switch (schema?.type) {
      case 'integer':
      case 'number':
        return this.pick(NUMBERS);
      case 'boolean':
        return this.random.chance(0.5);
      default:
        return this.string();
    }
  }

  private anything(depth: number): unknown {
    const kind = this.random.index(depth > 3 ? 4 : 6);
    if (kind === 0) return null;
    if (kind === 1) return this.random.chance(0.5);
    if (kind === 2) return this.pick(NUMBERS);
    if (kind === 3) return this.string();
    if (kind === 4)
      return Array.from({ length: this.random.index(3) }, () => this.anything(depth + 1));
    return { [this.string()]: this.anything(depth + 1) };
  }

  private csv(): string {
    const header = this.random.chance(0.8) ? 'externalId,name,locale,deliveryTime' : this.string();
    const rows = Array.from({ length: this.random.index(6) }, () =>
      Array.from({ length: this.random.index(6) }, () => this.string()).join(','),
    );
    return [header, ...rows].join(this.random.chance(0.5) ? '\r\n' : '\n');
  }

  private bytes(): Buffer {
    return Buffer.from(
      Array.from({ length: this.random.index(300) }, () => this.random.index(256)),
    );
  }

  private string(): string {
    return this.random.chance(0.7)
      ? this.pick(STRINGS)
      : String.fromCodePoint(
          ...Array.from({ length: this.random.index(20) }, () => this.codePoint()),
        );
  }

  private codePoint(): number {
    const planes = [0x7f, 0xffff, 0x10ffff];
    return this.random.index(this.pick(planes) + 1);
  }

  private resolve(schema: Schema | undefined): Schema | undefined {
    if (!schema?.$ref) return schema;
    return this.doc.components?.schemas?.[schema.$ref.split('/').at(-1)!];
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.random.index(items.length)];
  }
}

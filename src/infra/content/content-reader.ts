import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadContent } from '../../core/content/content-loader';
import type { ContentFile, ContentLoadResult } from '../../core/content/course-model';
import type { ContentSchemas } from '../../core/content/schema-check';

/** Top-level folders of a content root that hold no course. */
const NOT_COURSES = new Set(['schema', 'calendars']);

const YAML_FILE = /\.ya?ml$/;

export interface ContentValidation extends ContentLoadResult {
  /** How many files were read, for the summary a trainer sees. */
  fileCount: number;
}

/** Reads, validates and builds the courses under a content root such as `./content`. */
export async function validateContentDir(root: string): Promise<ContentValidation> {
  const [files, schemas] = await Promise.all([readContentDir(root), loadSchemas(root)]);
  return { ...loadContent(files, schemas), fileCount: files.length };
}

/**
 * The YAML files of every course folder under `root`, named relative to the working
 * directory when inside it, so problems print as `content/x/lessons/y.yaml:12:5`.
 */
export async function readContentDir(root: string): Promise<ContentFile[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const courseDirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_COURSES.has(e.name))
    .map((e) => join(root, e.name))
    .sort();
  const paths = (await Promise.all(courseDirs.map(yamlFilesUnder))).flat();
  return Promise.all(
    paths.map(async (path) => ({ path: displayPath(path), text: await readFile(path, 'utf8') })),
  );
}

async function yamlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map(async (e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return yamlFilesUnder(path);
        return e.isFile() && YAML_FILE.test(e.name) ? [path] : [];
      }),
  );
  return nested.flat();
}

function displayPath(path: string): string {
  const absolute = resolve(path);
  const fromCwd = relative(process.cwd(), absolute);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd;
}

/**
 * `<root>/schema/{course,lesson}.schema.json`, or the repository's own schemas for a root
 * without them (test fixtures, a customer's mounted folder).
 */
export async function loadSchemas(root: string): Promise<ContentSchemas> {
  const own = join(root, 'schema');
  const dir = existsSync(own) ? own : bundledSchemaDir();
  const read = async (name: string): Promise<object> =>
    JSON.parse(await readFile(join(dir, `${name}.schema.json`), 'utf8')) as object;
  return { course: await read('course'), lesson: await read('lesson') };
}

function bundledSchemaDir(): string {
  // From src/infra/content under ts-node; one level deeper once compiled into dist/.
  const candidates = [
    resolve(__dirname, '../../../content/schema'),
    resolve(__dirname, '../../../../content/schema'),
  ];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}

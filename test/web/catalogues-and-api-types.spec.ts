import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { en } from '../../web/src/i18n/en';
import { zh } from '../../web/src/i18n/zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the text catalogues', () => {
  it('say every message in both languages, with the same values to fill in', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect([key, zh[key].trim() !== '', en[key].trim() !== '']).toEqual([key, true, true]);
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
    }
  });
});

/** The fields each interface of web/src/api/types.ts declares, by interface name. */
function declaredFields(): Map<string, string[]> {
  const path = join(__dirname, '../../web/src/api/types.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022);
  const fields = new Map<string, string[]>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const names = node.members.flatMap((m) => (m.name ? [m.name.getText(source)] : []));
    fields.set(node.name.text, names);
  });
  return fields;
}

describe('the dashboard’s API types', () => {
  it('name only fields openapi.json has, for every schema they mirror', () => {
    const schemas = (
      JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as {
        components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
      }
    ).components.schemas;
    const mirrored = [...declaredFields()].filter(([name]) => name in schemas);
    expect(mirrored.length).toBeGreaterThan(10);
    for (const [name, fields] of mirrored) {
      const known = Object.keys(schemas[name].properties ?? {});
      expect([name, fields.filter((f) => !known.includes(f))]).toEqual([name, []]);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const MODULES_DIR = resolve(__dirname, '../../src/modules');

/** A Nest module class, where it is declared, and the feature modules its @Module imports. */
interface ModuleNode {
  name: string;
  file: string;
  imports: string[];
}

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(path);
    return entry.name.endsWith('.module.ts') ? [path] : [];
  });
}

/** `Foo`, `Foo.forRoot(...)` and `forwardRef(() => Foo)` all name the module Foo. */
function moduleName(element: ts.Expression): string | undefined {
  if (ts.isIdentifier(element)) return element.text;
  if (ts.isCallExpression(element)) {
    const [argument] = element.arguments;
    if (argument && ts.isArrowFunction(argument) && ts.isExpression(argument.body)) {
      return moduleName(argument.body);
    }
    return moduleName(element.expression);
  }
  if (ts.isPropertyAccessExpression(element)) return moduleName(element.expression);
  return undefined;
}

/** The names a file imports from other files, by the file they come from. */
function importedFrom(source: ts.SourceFile, file: string): Map<string, string> {
  const origins = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    // Packages (@nestjs/throttler, ...) are not feature modules.
    if (!statement.moduleSpecifier.text.startsWith('.')) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const from = resolve(dirname(file), `${statement.moduleSpecifier.text}.ts`);
    for (const element of bindings.elements) origins.set(element.name.text, from);
  }
  return origins;
}

function readModule(file: string): ModuleNode[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const origins = importedFrom(source, file);
  const nodes: ModuleNode[] = [];
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const decorator = ts
      .getDecorators(statement)
      ?.find((d) => ts.isCallExpression(d.expression) && moduleName(d.expression) === 'Module');
    if (!decorator || !ts.isCallExpression(decorator.expression)) continue;
    const [options] = decorator.expression.arguments;
    const importsList =
      options && ts.isObjectLiteralExpression(options)
        ? options.properties.find(
            (p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'imports',
          )
        : undefined;
    const elements =
      importsList &&
      ts.isPropertyAssignment(importsList) &&
      ts.isArrayLiteralExpression(importsList.initializer)
        ? importsList.initializer.elements
        : [];
    const imports = elements
      .map((element) => moduleName(element))
      .filter(
        (name): name is string => !!name && origins.get(name)?.startsWith(MODULES_DIR) === true,
      );
    nodes.push({ name: statement.name.text, file: relative(MODULES_DIR, file), imports });
  }
  return nodes;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cyclesIn(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const walk = (name: string, path: string[]): void => {
    const start = path.indexOf(name);
    if (start !== -1) {
      cycles.push([...path.slice(start), name]);
      return;
    }
    if (done.has(name)) return;
    for (const next of graph.get(name) ?? []) walk(next, [...path, name]);
    done.add(name);
  };
  for (const name of graph.keys()) walk(name, []);
  return cycles;
}

function printMap(nodes: ModuleNode[]): string {
  return nodes
    .map((n) => `${n.name} (${n.file}) -> ${n.imports.length ? n.imports.join(', ') : '-'}`)
    .join('\n');
}

describe('the module map', () => {
  const nodes = moduleFiles(MODULES_DIR).sort().flatMap(readModule);
  const graph = new Map(nodes.map((n) => [n.name, n.imports]));

  it('has a Nest module in every *.module.ts under src/modules', () => {
    const files = moduleFiles(MODULES_DIR).map((file) => relative(MODULES_DIR, file));
    expect(nodes.map((n) => n.file).sort()).toEqual(files.sort());
  });

  it('has no cycle: no module imports one that imports it back, directly or not', () => {
    console.log(`Nest modules and what each imports:\n${printMap(nodes)}`);
    expect(cyclesIn(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('would report a cycle of two modules and one through a third', () => {
    const twoWay = new Map([
      ['A', ['B']],
      ['B', ['A']],
    ]);
    const threeWay = new Map([
      ['A', ['B']],
      ['B', ['C']],
      ['C', ['A']],
    ]);
    expect(cyclesIn(twoWay)).toEqual([['A', 'B', 'A']]);
    expect(cyclesIn(threeWay)).toEqual([['A', 'B', 'C', 'A']]);
  });
});

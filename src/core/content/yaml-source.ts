import { Document, LineCounter, parseDocument, visit, YAMLError } from 'yaml';
import type { ContentFile, ContentProblem } from './course-model';
import type { Finding } from './node-path';
import { positionAtOffset, positionOf } from './yaml-positions';

const TAB_MESSAGE = 'tabs are not allowed for indentation; use spaces';

type Severity = ContentProblem['severity'];
type ProblemAt = (offset: number, severity: Severity, message: string) => ContentProblem;

/** One content file parsed: its YAML problems, its data, and where later findings point. */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly problems: ContentProblem[],
    /** Undefined when the YAML itself is broken; `problems` says why. */
    readonly data: unknown,
  ) {}

  static parse(file: ContentFile): YamlSource {
    // A BOM would shift every column of line 1. CRLF needs nothing: the parser reads it as a
    // line break and the line counter counts the \n.
    const text = file.text.replace(/^\uFEFF/, '');
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const at: ProblemAt = (offset, severity, message) => ({
      file: file.path,
      ...positionAtOffset(lines, offset),
      severity,
      message,
    });
    const problems = syntaxProblems(text, doc, at);
    let data: unknown;
    if (doc.errors.length === 0) {
      try {
        data = doc.toJS();
      } catch {
        // The only throw left once parsing succeeded: an alias to a missing anchor.
        problems.push(unresolvedAlias(doc, at));
      }
    }
    return new YamlSource(file.path, doc, lines, problems, data);
  }

  problem(finding: Finding): ContentProblem {
    const { line, column } = positionOf(this.doc, this.lines, finding.path, finding.anchor);
    return { file: this.file, line, column, severity: finding.severity, message: finding.message };
  }
}

function syntaxProblems(text: string, doc: Document, at: ProblemAt): ContentProblem[] {
  const tabs = tabIndentedLines(text);
  const found = [
    ...doc.errors.map((e) => at(e.pos[0], 'error', describe(e, 'error'))),
    ...doc.warnings.map((w) => at(w.pos[0], 'warning', describe(w, 'warning'))),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  const firstTab = found.find((p) => tabs.has(p.line))?.line ?? Infinity;
  const reported = new Set<number>();
  return found.flatMap((problem) => {
    const tabColumn = tabs.get(problem.line);
    // After a tab the parser loses track of the structure: what follows is its confusion.
    if (tabColumn === undefined) return problem.line > firstTab ? [] : [problem];
    if (reported.has(problem.line)) return [];
    reported.add(problem.line);
    return [{ ...problem, column: tabColumn, severity: 'error' as const, message: TAB_MESSAGE }];
  });
}

/**
 * Line -> column of the first tab in its indentation. A tab there is legal inside a block
 * scalar's text, so only lines the parser also rejects are reported as tab problems.
 */
function tabIndentedLines(text: string): Map<number, number> {
  const tabs = new Map<number, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const indentation = /^[ \t]*/.exec(line)![0];
    const tab = indentation.indexOf('\t');
    if (tab >= 0 && indentation.length < line.length) tabs.set(i + 1, tab + 1);
  });
  return tabs;
}

function describe(e: YAMLError, severity: Severity): string {
  const message = e.message.charAt(0).toLowerCase() + e.message.slice(1);
  return severity === 'error' ? `invalid YAML: ${message}` : `YAML: ${message}`;
}

function unresolvedAlias(doc: Document, at: ProblemAt): ContentProblem {
  let offset = 0;
  let name = '';
  visit(doc, {
    Alias: (_, alias) => {
      if (alias.resolve(doc)) return undefined;
      offset = alias.range?.[0] ?? 0;
      name = alias.source;
      return visit.BREAK;
    },
  });
  return at(offset, 'error', `invalid YAML: alias *${name} has no anchor &${name} before it`);
}

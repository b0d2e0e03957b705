import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node } from 'yaml';
import type { NodePath } from './node-path';

export interface Position {
  line: number;
  column: number;
}

interface Located {
  node: unknown;
  /** The map key that holds `node`; absent for list items and the root. */
  key?: Node;
}

function locate(doc: Document, path: NodePath): Located {
  let located: Located = { node: doc.contents };
  for (const segment of path) {
    const { node } = located;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      located = { node: pair.value, key: pair.key as Node };
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      located = { node: node.items[segment] };
    } else {
      break;
    }
  }
  return located;
}

const start = (node: unknown): number | undefined =>
  node instanceof Object && 'range' in node && Array.isArray(node.range)
    ? (node.range[0] as number)
    : undefined;

/** A scalar with no text at all (`en:`), which has no place of its own to point at. */
const isBlank = (node: unknown): boolean =>
  isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];

/**
 * The offset a problem about `path` points at: a scalar's own text, so a too-long body
 * lands on its `|-`; for a map or list (or an empty value) the key that names it,
 * because a block map's first line is its first child, not itself.
 */
function offsetOf(doc: Document, path: NodePath, anchor: 'value' | 'key'): number {
  const { node, key } = locate(doc, path);
  const pointsAtValue = anchor === 'value' && (isScalar(node) || isAlias(node)) && !isBlank(node);
  if (pointsAtValue) return start(node) ?? 0;
  return start(key) ?? start(node) ?? 0;
}

export function positionOf(
  doc: Document,
  lines: LineCounter,
  path: NodePath,
  anchor: 'value' | 'key' = 'value',
): Position {
  return positionAtOffset(lines, offsetOf(doc, path, anchor));
}

export function positionAtOffset(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

import { error, Finding } from './node-path';
import { isId, isRecord } from './plain-data';

/** `duplicate question id "q1" (first at questions[0])`, at each repeat of an id in a list. */
export function duplicateIds(owner: Record<string, unknown>, list: string, kind: string): Finding[] {
  const items = Array.isArray(owner[list]) ? owner[list] : [];
  const firstIndex = new Map<string, number>();
  return items.flatMap((item: unknown, i) => {
    const id = isRecord(item) ? item.id : undefined;
    if (!isId(id)) return [];
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, i);
      return [];
    }
    return [error([list, i, 'id'], `duplicate ${kind} id "${id}" (first at ${list}[${first}])`)];
  });
}

import type { LearnerRow } from '../../core/enrollment/learner-rows';
import type { LearnerRecord } from '../../core/records';
import {
  LearnerChange,
  LearnerRepository,
  LearnerSettings,
  NewLearnerRecord,
} from './learner.repository';

export interface UpsertedLearner {
  record: LearnerRecord;
  created: boolean;
  /** New, or a name or setting differs from what was stored. */
  changed: boolean;
}

/**
 * The rows' learners by trimmed external id: known ones updated where a field differs, new
 * ones inserted, each set in multi-row statements. An empty optional cell leaves the
 * stored value alone.
 */
export async function upsertLearners(
  learners: LearnerRepository,
  rows: LearnerRow[],
  now: Date,
): Promise<Map<string, UpsertedLearner>> {
  const externalIds = rows.map((r) => r.externalId.trim());
  const known = new Map(
    (await learners.liveByExternalIds(externalIds)).map((l) => [l.externalId!, l]),
  );
  const result = new Map<string, UpsertedLearner>();
  const fresh: NewLearnerRecord[] = [];
  const changes: LearnerChange[] = [];
  for (const [i, row] of rows.entries()) {
    const externalId = externalIds[i];
    const existing = known.get(externalId);
    const fields = settingsOf(row);
    if (!existing) {
      fresh.push({ externalId, createdAt: now, updatedAt: now, ...fields });
    } else {
      const changed = changesLearner(existing, fields);
      if (changed) changes.push({ id: existing.id, ...fields });
      result.set(externalId, { record: { ...existing, ...fields }, created: false, changed });
    }
  }
  await learners.updateMany(changes, now);
  await learners.insertMany(fresh);
  const inserted = await learners.liveByExternalIds(fresh.map((l) => l.externalId!));
  for (const record of inserted)
    result.set(record.externalId!, { record, created: true, changed: true });
  return result;
}

function settingsOf(row: LearnerRow): LearnerSettings {
  return {
    name: row.name.trim(),
    ...(row.locale ? { locale: row.locale } : {}),
    ...(row.deliveryTime ? { deliveryTime: row.deliveryTime } : {}),
    ...(row.timezone ? { timezone: row.timezone } : {}),
  };
}

/** Whether writing these fields would change the stored learner (the import's "unchanged"). */
function changesLearner(learner: LearnerRecord, fields: LearnerSettings): boolean {
  return (['name', 'locale', 'deliveryTime', 'timezone'] as const).some(
    (key) => fields[key] !== undefined && fields[key] !== learner[key],
  );
}

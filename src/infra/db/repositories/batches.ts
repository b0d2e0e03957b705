/**
 * Rows per statement for set-wise reads and writes: few enough to stay under both engines'
 * limits on bound parameters, many enough that a 5,000-row import takes ten statements.
 */
const BATCH = 500;

export function inBatches<T>(items: T[], size = BATCH): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

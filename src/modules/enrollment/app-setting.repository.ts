/** Named values the service keeps for itself in its own database. */
export abstract class AppSettingRepository {
  /** Stores `value` under `name` unless a value is there already; returns the stored one. */
  abstract getOrCreate(name: string, value: string): Promise<string>;
}

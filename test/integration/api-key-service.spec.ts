import { AppConfig } from '../../src/config/app-config';
import { DomainError } from '../../src/core/errors';
import { ApiKeyService } from '../../src/modules/auth/api-key.service';
import { InMemoryApiKeys, InMemoryCohortReach } from '../factories/in-memory-api-keys';
import { MovableClock } from '../../src/core/movable-clock';

describe('API keys (service rules, in memory)', () => {
  const setup = () => {
    const keys = new InMemoryApiKeys();
    const clock = new MovableClock('2026-03-02T01:00:00Z');
    const service = new ApiKeyService(
      keys,
      new InMemoryCohortReach([3, 4]),
      clock,
      AppConfig.fromEnv({}),
    );
    return { keys, clock, service };
  };

  it('records a key as used at most once a minute, however often it is presented', async () => {
    const { keys, clock, service } = setup();
    const { key } = await service.create('hr', 'HR Shanghai');
    const created = keys.writes;
    for (let i = 0; i < 5; i++) await service.authenticate(key);
    clock.advance(59_000);
    await service.authenticate(key);
    expect(keys.writes - created).toBe(1);
    clock.advance(1_000);
    await service.authenticate(key);
    expect(keys.writes - created).toBe(2);
    expect(keys.rows[0].lastUsedAt).toEqual(clock.now());
  });

  it('keeps the first revocation time and stops the key at once', async () => {
    const { clock, service } = setup();
    const { id, key } = await service.create('trainer', 'Trainer');
    const first = (await service.revoke(id)).revokedAt;
    clock.advance(60_000);
    expect((await service.revoke(id)).revokedAt).toEqual(first);
    expect(await service.authenticate(key)).toBeNull();
  });

  it('limits only hr keys, and only to cohorts that exist', async () => {
    const { service } = setup();
    const limited = await service.create('hr', 'HR', [4, 3, 4]);
    expect(limited.cohortIds).toEqual([3, 4]);
    await expect(service.create('trainer', 'T', [3])).rejects.toThrow(DomainError);
    await expect(service.create('hr', 'HR', [3, 9])).rejects.toThrow(/do not exist: 9/);
  });
});

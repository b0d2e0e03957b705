import { PerContactQueue } from './per-contact-queue';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('messages of one contact', () => {
  it('are handled one after the other, in arrival order, even when the first is slower', async () => {
    const queue = new PerContactQueue();
    const done: string[] = [];
    await Promise.all([
      queue.run('a', async () => {
        await later(20);
        done.push('a1');
      }),
      queue.run('a', async () => {
        done.push('a2');
      }),
      queue.run('b', async () => {
        done.push('b1');
      }),
    ]);
    expect(done).toEqual(['b1', 'a1', 'a2']);
  });

  it('go on after one fails, and the failure reaches its caller', async () => {
    const queue = new PerContactQueue();
    const first = queue.run('a', () => Promise.reject(new Error('boom')));
    const second = queue.run('a', () => Promise.resolve());
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBeUndefined();
  });
});

import { TurnGate } from './turn-gate';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('TurnGate', () => {
  it('runs work one at a time, in the order it asked, whatever each awaits', async () => {
    const gate = new TurnGate();
    const steps: string[] = [];
    const work = (name: string, waits: number) =>
      gate.run(async () => {
        steps.push(`${name}+`);
        for (let i = 0; i < waits; i++) await tick();
        steps.push(`${name}-`);
      });
    await Promise.all([work('a', 3), work('b', 0), work('c', 1)]);
    expect(steps).toEqual(['a+', 'a-', 'b+', 'b-', 'c+', 'c-']);
  });

  it('lets work inside a turn run straight away, also side by side', async () => {
    const gate = new TurnGate();
    const inner = await gate.run(() =>
      Promise.all([gate.run(async () => 'x'), gate.run(async () => gate.holds())]),
    );
    expect(inner).toEqual(['x', true]);
    expect(gate.holds()).toBe(false);
  });

  it('passes the turn on when work fails', async () => {
    const gate = new TurnGate();
    const failing = gate.run(async () => {
      await tick();
      throw new Error('boom');
    });
    const next = gate.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });

  it('makes a timer left behind by a finished turn queue like anyone else', async () => {
    const gate = new TurnGate();
    const steps: string[] = [];
    let late!: Promise<void>;
    await gate.run(async () => {
      late = tick().then(() => gate.run(async () => void steps.push('late')));
    });
    const other = gate.run(async () => {
      steps.push('other+');
      await tick();
      await tick();
      steps.push('other-');
    });
    await Promise.all([late, other]);
    expect(steps).toEqual(['other+', 'other-', 'late']);
  });
});

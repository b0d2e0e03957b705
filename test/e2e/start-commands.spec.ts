import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceNodeFlags } from '../../scripts/bench/plan-day';

describe('the production start commands', () => {
  it('run node with the same flags in Docker as `npm run start:prod`, which the bench measures', () => {
    const dockerfile = readFileSync(join(__dirname, '..', '..', 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    const words = JSON.parse(cmd![1]) as string[];
    expect(words.filter((word) => word.startsWith('--'))).toEqual(serviceNodeFlags());
    expect(serviceNodeFlags()).toContain('--max-old-space-size=256');
  });
});

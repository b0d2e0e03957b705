import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The shell lines of the README's HR quick tour, in order. */
function tourLines(): string[] {
  const start = README.indexOf('## HR quick tour');
  const end = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, end);
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n'));
}

describe('the README’s HR tour', () => {
  it('moves to a scratch folder before it writes any file', () => {
    const lines = tourLines();
    const writes = lines.findIndex((line) => /\btee\b|\s-o\s|>\s*\S+\.(csv|json)/.test(line));
    const scratch = lines.findIndex((line) => line.startsWith('cd "$(mktemp -d)"'));
    expect(writes).toBeGreaterThan(-1);
    expect(scratch).toBeGreaterThan(-1);
    expect(scratch).toBeLessThan(writes);
    expect(lines.slice(scratch).some((line) => /^cd\s/.test(line) && line !== lines[scratch])).toBe(
      false,
    );
  });

  it('says how long an enrolment code works', () => {
    expect(README).toMatch(/Codes expire 14 days after they are issued/);
  });
});

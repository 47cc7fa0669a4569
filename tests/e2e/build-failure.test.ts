import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './support/project-copy';

// The real `astro build`, on a copy of the project with two defects, must stop and name both.
// (Each rule of the validator is tested on its own in tests/unit/validate-content.test.ts; this checks the wiring.)
const copy = copyProject('broken-site-');
afterAll(() => copy.remove());

describe('astro build on bad content', () => {
  it('fails, naming file, entry and field of a wrong quote, and a YAML syntax error instead of building from stale data', () => {
    copy.edit('content/statistics.yaml', 'quote: "其中2018年社会治安满意度98.56%', 'quote: "其中2018年社会治安满意度99.56%');
    copy.edit('content/glossary.yaml', '- id: ', '- id: [');
    const { status, output } = copy.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/statistics.yaml › public-security-satisfaction-2018.quote: quote "其中2018年社会治安满意度99.56%');
    expect(output).toMatch(/content\/glossary\.yaml: YAML syntax error/);
  });
});

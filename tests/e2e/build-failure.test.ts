import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './support/project-copy';

// The real `astro build`, on a copy of the project with three defects, must stop and name each.
// (Each rule of the validator is tested on its own in tests/unit/validate-content.test.ts; this checks the wiring.)
const copy = copyProject('broken-site-');
afterAll(() => copy.remove());

/** The output as lines, without the time stamps the logger puts in front. */
const lines = (output: string) =>
  output
    .trim()
    .split('\n')
    .map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));

describe('astro build on bad content', () => {
  it('fails, printing only the problem list: a wrong quote and a correction to a missing section by file, entry and field, and a YAML syntax error instead of building from stale data', () => {
    copy.edit('content/statistics.yaml', 'quote: "其中2018年社会治安满意度98.56%', 'quote: "其中2018年社会治安满意度99.56%');
    copy.edit('content/glossary.yaml', '- id: ', '- id: [');
    copy.edit('content/corrections.yaml', 'section: first-environmental-case', 'section: first-environment-case');
    const { status, output } = copy.build();
    expect(status).toBe(1);
    // A writer's mistake reads as a list of mistakes, not as a crash: no "unhandled error", no stack trace.
    expect(lines(output)).toEqual([
      '[ERROR] [safe-qingdao:content-validation] 3 content problem(s):',
      expect.stringMatching(/^ {2}- content\/glossary\.yaml: YAML syntax error: /),
      expect.stringMatching(
        /^ {2}- content\/statistics\.yaml › public-security-satisfaction-2018\.quote: quote "其中2018年社会治安满意度99\.56%.*" is not found in the source article$/,
      ),
      '  - content/corrections.yaml › environmental-civil-pil-heading.section: section "#first-environment-case" is not on page "smart-policing"',
    ]);
  });
});

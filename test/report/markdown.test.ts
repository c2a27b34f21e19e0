// The markdown formatter on reports made by hand: escaping, the value marker, the table of contents, the counts
// (which the table formatter shares).
import { describe, expect, it } from 'vitest';
import type { Report, ReportFinding } from '../../src/report/index.js';
import { escapeMd, formatMarkdown, TOC_FROM } from '../../src/report/markdown.js';
import { formatTable } from '../../src/report/table.js';

function finding(i: number, over: Partial<ReportFinding> = {}): ReportFinding {
  const sentence = `Acme | <script> sold *${i}* units for $${i}0 million.`;
  const start = sentence.indexOf(`$${i}0`);
  const end = sentence.indexOf(' million') + ' million'.length;
  return {
    id: `${i}`.padStart(16, '0'),
    rule: 'core.value-conflict',
    kind: 'contradiction',
    severity: 'error',
    message: `Acme revenue ${i}`,
    locations: [{ file: 'docs/a|b.txt', line: i, column: 1, endLine: i, endColumn: 2, text: sentence.slice(start, end), context: { sentence, start, end } }],
    claims: [],
    actual: null,
    expected: [],
    suspects: [],
    score: null,
    notes: [],
    verdict: null,
    involvesNew: false,
    ...over,
  };
}

function report(findings: ReportFinding[]): Report {
  const none = { found: 0, claimed: 0, dropped: { boilerplate: 0, year: 0, unparseable: 0 } };
  const total = { doc: 'total', numbers: none, dates: { found: 0, claimed: 0, dropped: { boilerplate: 0, noEvent: 0 } }, claims: { total: 0, usable: 0, dropped: { noSubject: 0, noMetric: 0 } } };
  return {
    tool: { name: 'claimcheck', version: '0' },
    rules: [],
    documents: [{ file: 'docs/a|b.txt', title: 'A <b>title</b>', published: '2025-01-02', publishedSource: 'sidecar', publisher: null, url: null }],
    newDocuments: null,
    verdictsFile: null,
    findings,
    orphans: [],
    claims: [],
    coverage: { documents: [], total },
    stats: { documents: 1, claims: 0, findings: findings.length, bySeverity: { error: findings.length, warning: 0, info: 0 }, byVerdict: { confirmed: 0, dismissed: 0, accepted: 0, none: findings.length } },
    problems: [],
  } as Report;
}

describe('escapeMd', () => {
  it('escapes pipes, HTML, emphasis, links, headings and dollar signs, and joins lines', () => {
    expect(escapeMd('a | b <i>x</i> & *y* _z_ [l](u) #h $5 `c`\nnext')).toBe('a \\| b &lt;i&gt;x&lt;/i&gt; &amp; \\*y\\* \\_z\\_ \\[l\\](u) \\#h \\$5 \\`c\\` next');
  });
});

describe('formatMarkdown', () => {
  it('quotes the sentence with the value marked and every special character escaped', () => {
    const md = formatMarkdown(report([finding(1, { claims: ['c1'] })]), { showDismissed: false });
    expect(md).toContain('| docs/a\\|b.txt | 2025-01-02 | 1 | Acme \\| &lt;script&gt; sold \\*1\\* units for <b>\\$10 million</b>. |');
    expect(md).not.toContain('<script>');
    expect(md).toContain('| docs/a\\|b.txt | A &lt;b&gt;title&lt;/b&gt; | 2025-01-02 (sidecar) |');
  });

  it(`adds a table of contents from ${TOC_FROM} findings on, linking every section`, () => {
    const short = formatMarkdown(report([finding(1)]), { showDismissed: false });
    expect(short).not.toContain('## Contents');
    const many = Array.from({ length: TOC_FROM }, (_, i) => finding(i + 1));
    const md = formatMarkdown(report(many), { showDismissed: false });
    expect(md).toContain('## Contents');
    for (const f of many) {
      expect(md).toContain(`](#finding-${f.id})`);
      expect(md).toContain(`<a id="finding-${f.id}"></a>`);
    }
  });

  it('counts findings by severity with singular and plural', () => {
    expect(formatMarkdown(report([finding(1)]), { showDismissed: false })).toContain('1 document, 0 claims, 1 finding: 1 error, 0 warnings, 0 notices.');
    expect(formatTable(report([finding(1), finding(2)]), { showDismissed: false })).toContain('(2 errors, 0 warnings, 0 notices)');
  });

  it('hides dismissed findings unless asked, and says so', () => {
    const dismissed = finding(2, { verdict: { status: 'dismissed', note: 'n', who: 'w', when: '2025-01-01' } });
    const r = report([finding(1), dismissed]);
    r.stats.byVerdict = { confirmed: 0, dismissed: 1, accepted: 0, none: 1 };
    expect(formatMarkdown(r, { showDismissed: false })).not.toContain('finding-0000000000000002');
    expect(formatMarkdown(r, { showDismissed: false })).toContain('1 dismissed (hidden)');
    expect(formatMarkdown(r, { showDismissed: true })).toContain('<a id="finding-0000000000000002"></a>');
  });
});

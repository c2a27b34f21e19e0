// Values in spun paragraphs reach extraction through the restored wording, with spans on the text as written.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

const spun =
  'Northwind’s proportion value was once close report lows, and the corporate was once slightly within the nation view. ' +
  'Northwind’s proportion value rose 12% to $40 previous this hour, and pristine hope returned to the synthetic perception crew.';

describe('restored reading of spun paragraphs', () => {
  const d = doc('spun.txt', `Headline of a spun story here\n\n${spun}\n`, '2025-03-01');
  const outcome = analyse([d], bundledConfig());
  const price = outcome.claims.find((c) => c.text.includes('$40'));

  it('reads the metric the spinner hid', () => {
    expect(price?.metric).toBe('share-price');
    expect(price?.restored).toBe(true);
  });

  it('keeps spans on the original text', () => {
    expect(price && d.text.slice(price.span.start, price.span.end)).toBe(price?.text);
    expect(price && d.text.slice(price.sentence.start, price.sentence.end)).toMatch(/^Northwind’s proportion value rose 12%/);
  });

  it('leaves clean documents alone', () => {
    const clean = analyse([doc('clean.txt', 'Northwind’s share price rose 12% to $40 this month.\n', '2025-03-01')], bundledConfig());
    expect(clean.claims.every((c) => !c.restored)).toBe(true);
  });
});

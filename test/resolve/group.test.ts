import { describe, expect, it } from 'vitest';
import { group, groupKey } from '../../src/resolve/index.js';
import { claim, textDoc } from '../evaluate/factory.js';
import { bundledConfig } from '../helpers.js';

describe('group', () => {
  const a = textDoc('a.txt', 'Acme sold 40 trucks. Acme has 85,000 passengers. Acme revenue was $3 billion.');
  const b = textDoc('b.txt', 'Acme sold 41 trucks. Acme has 85,000 passengers. Beta revenue was $3 billion.');

  it('buckets by subject, metric, unit and aspect, and drops singletons', () => {
    const claims = [
      claim(a, '$3 billion', 3e9, 3e9, 'USD'),
      claim(b, '$3 billion', 3e9, 3e9, 'USD', { subject: { id: 'beta', name: 'Beta', via: 'alias' } }),
      claim(a, '40 trucks', 40, 40, 'count:trucks', { metric: 'deliveries' }),
      claim(b, '41 trucks', 41, 41, 'count:trucks', { metric: 'deliveries' }),
    ];
    expect(group(claims, bundledConfig().data).map((g) => [g.key, g.claims.map((c) => c.doc)])).toEqual([['acme|deliveries|count:trucks|level', ['a.txt', 'b.txt']]]);
  });

  it('lets a count without a metric phrase stand for its noun', () => {
    const c = claim(a, '85,000 passengers', 85000, 85000, 'count:passengers', { metric: null, noun: 'passengers' });
    expect(groupKey(c)).toBe('acme|count of passengers|count:passengers|level');
    expect(groupKey({ ...c, kind: 'percent', noun: null })).toBeNull();
    expect(groupKey({ ...c, subject: { id: null, name: null, via: 'none' } })).toBeNull();
  });
});

// Scaling check: all rules except garbled-text on synthetic claims, at 8,000 and 32,000 claims. Grouping by
// key should make the time grow with the number of claims, not its square. Usage: npx tsx test/eval/rules/bench.ts
import { loadConfig } from '../../../src/config/load.js';
import { evaluate } from '../../../src/evaluate/index.js';
import { group } from '../../../src/resolve/index.js';
import { claim, textDoc } from '../../evaluate/factory.js';

const loaded = loadConfig();
if (!loaded.ok) throw new Error('the bundled rules do not load');
const rules = loaded.config.rules.filter((r) => r.type !== 'garbled-text');
for (const n of [8000, 32000]) {
  const firms = n / 8;
  const docs = Array.from({ length: n / 4 }, (_, i) =>
    textDoc(`d${i}.txt`, `Firm${i % firms} revenue was $${(i % 7) + 1} billion. Firm${i % firms} has ${(i % 5) + 1},000 employees. Sales rose 8% from 30,000. Of the 100 members, 61 voted for.`, '2024-01-01'),
  );
  const claims = docs.flatMap((d, i) => {
    const subject = { id: `firm${i % firms}`, name: `Firm${i % firms}`, via: 'alias' as const };
    const usd = ((i % 7) + 1) * 1e9;
    const staff = ((i % 5) + 1) * 1000;
    return [
      claim(d, `$${(i % 7) + 1} billion`, usd, usd, 'USD', { subject }),
      claim(d, `${(i % 5) + 1},000`, staff, staff, 'count', { metric: 'employees', subject }),
      claim(d, '8%', 8, 8, '%'),
    ];
  });
  const start = process.hrtime.bigint();
  const findings = evaluate(rules, { docs, claims, groups: group(claims, loaded.config.data), data: loaded.config.data });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${String(claims.length).padStart(6)} claims  ${String(Math.round(ms)).padStart(6)} ms  ${findings.length} findings`);
}

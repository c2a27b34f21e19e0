import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/core/types.js';
import { canonicalSubjects } from '../../src/resolve/aliases.js';
import { group } from '../../src/resolve/index.js';
import { claim, textDoc } from '../evaluate/factory.js';
import { bundledConfig } from '../helpers.js';

const d = textDoc('a.txt', 'Acme spent $1 billion.');
const about = (id: string, via: Subject['via'] = 'text') => claim(d, '$1 billion', 1e9, 1e9, 'USD', { metric: 'capex', subject: { id, name: id, via } });
const names = (...ids: Array<string | [string, Subject['via']]>) =>
  Object.fromEntries(canonicalSubjects(ids.map((i) => (typeof i === 'string' ? about(i) : about(...i))), bundledConfig().data));

describe('names joined across a corpus', () => {
  it('joins a name with its last words, and a name with and without its head', () => {
    expect(names('eastside-line', 'metrolink-eastside-line', 'eastside-line', 'eastside')).toEqual({
      'eastside-line': 'eastside-line',
      'metrolink-eastside-line': 'eastside-line',
      eastside: 'eastside-line',
    });
  });

  it('joins an acronym with the one name whose initials it is', () => {
    expect(names('nes', 'northwind-energy-systems')).toEqual({ nes: 'northwind-energy-systems', 'northwind-energy-systems': 'northwind-energy-systems' });
    expect(names('mit', 'midlands-institute-of-technology')).toEqual({ mit: 'midlands-institute-of-technology', 'midlands-institute-of-technology': 'midlands-institute-of-technology' });
  });

  it('joins nothing when two names fit, when heads differ, or when the short name is a common word', () => {
    expect(names('eastside-line', 'metrolink-eastside-line', 'riverside-eastside-line')).toEqual({});
    expect(names('nes', 'northwind-energy-systems', 'national-exam-service')).toEqual({});
    expect(names('hornsea-wind-farm', 'hornsea-port-terminal')).toEqual({});
    expect(names('united', 'manchester-united')).toEqual({});
  });

  it('never joins names the entity data knows (a unit and its parent stay apart)', () => {
    expect(names(['alibaba', 'alias'], ['alibaba-cloud', 'alias'], 'acme-alibaba')).toEqual({});
  });

  it('groups joined names under one subject', () => {
    const a = textDoc('a.txt', 'The Eastside line will cost $1.2 billion.');
    const b = textDoc('b.txt', 'The MetroLink Eastside extension will cost $1.6 billion.');
    const claims = [
      claim(a, '$1.2 billion', 1.2e9, 1.2e9, 'USD', { metric: 'capex', subject: { id: 'eastside-line', name: 'Eastside line', via: 'text' } }),
      claim(b, '$1.6 billion', 1.6e9, 1.6e9, 'USD', { metric: 'capex', subject: { id: 'metrolink-eastside-line', name: 'MetroLink Eastside extension', via: 'text' } }),
    ];
    expect(group(claims, bundledConfig().data).map((g) => [g.key, g.subject, g.claims.length])).toEqual([['eastside-line|capex|USD|level', 'eastside-line', 2]]);
  });
});

describe('short names', () => {
  it('joins a short name with the full name it shortens by the legal form or trade, not with a unit', () => {
    expect(names('halberd', 'halberd-motors')).toEqual({ halberd: 'halberd-motors', 'halberd-motors': 'halberd-motors' });
    expect(names('acme', 'acme-cloud')).toEqual({});
    expect(names('sable', 'sable-telecom', 'sable-bank')).toEqual({});
  });

  it('drops several trade words, and takes two common words together as a name', () => {
    expect(names('northgate', 'northgate-savings-bank')).toEqual({ northgate: 'northgate-savings-bank', 'northgate-savings-bank': 'northgate-savings-bank' });
    expect(names('kettle-crane', 'kettle-crane-coffee')).toEqual({ 'kettle-crane': 'kettle-crane-coffee', 'kettle-crane-coffee': 'kettle-crane-coffee' });
    expect(names('brantwood', 'brantwood-district-council')).toEqual({ brantwood: 'brantwood-district-council', 'brantwood-district-council': 'brantwood-district-council' });
    expect(names('ashby', 'ashby-group', 'ashby-bank')).toEqual({});
  });

  it('drops the trade of a utility, a railway or a builder ("Tarnside" for "Tarnside Water")', () => {
    expect(names('tarnside', 'tarnside-water')).toEqual({ tarnside: 'tarnside-water', 'tarnside-water': 'tarnside-water' });
    expect(names('wexcombe', 'wexcombe-homes')).toEqual({ wexcombe: 'wexcombe-homes', 'wexcombe-homes': 'wexcombe-homes' });
    expect(names('corran', 'corran-rail', 'corran-freight')).toEqual({});
  });

  it('takes the words a short name drops from rules/data/names.yaml', () => {
    const ids = ['tarnside', 'tarnside-water'].map((id) => about(id));
    const only = { names: { shortNameDrops: ['motors'], companyKinds: ['airline'] } };
    expect(Object.fromEntries(canonicalSubjects(ids, only))).toEqual({});
    expect(Object.fromEntries(canonicalSubjects(ids, { names: { ...only.names, shortNameDrops: ['water'] } }))).toEqual({ tarnside: 'tarnside-water', 'tarnside-water': 'tarnside-water' });
  });
});

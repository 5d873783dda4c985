/**
 * A large generated pack for tests and benchmarks that need many aliases: `count` aliases over
 * entities of four aliases each (given and family name, family name alone, a visit phrase and a
 * summit phrase starting with "the"), from a fixed seed so every run sees the same pack. Used by
 * the compiled-index tests and the engine benchmark (scripts/bench-engine.ts).
 */
import type { MatcherEntity } from '../../utils/matcher';

const SYLLABLES = 'ka ri mo de su na li vo ten ber sha gor vin ta lu pe ro mi zan kov dra ush el an'.split(' ');

export function largeMatcherPack(count: number, seed = 7): MatcherEntity[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const name = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const entities: MatcherEntity[] = [];
  for (let i = 0, aliases = 0; aliases < count; i++) {
    const family = name(3);
    const place = name(2);
    const generated = [`${name(2)} ${family}`, family, `${family}'s visit to ${place}`, `the ${place} (summit|conference)`].slice(0, count - aliases);
    entities.push({ id: `gen-${i}`, kind: i % 2 ? 'event' : 'person', aliases: generated });
    aliases += generated.length;
  }
  return entities;
}

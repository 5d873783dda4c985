import { describe, expect, it } from 'vitest';
import { buildIndex } from '../matcher/index';
import type { Entity } from '../pack/schema';
import { proposeFrame } from './propose-frame';

const entity = (id: string, kind: Entity['kind'], aliases: string[]): Entity => ({ id, kind, name: aliases[0]!, briefing: 'x', sources: [0], related: [], aliases });
const PUTIN = entity('vladimir-putin', 'person', ['Vladimir Putin', 'Putin']);
const INDIA = entity('india', 'place', ['India']);
const UKRAINE = entity('ukraine', 'place', ['Ukraine']);
const others = buildIndex([PUTIN, INDIA, UKRAINE]);
const all = [PUTIN, INDIA, UKRAINE];
const accepts = () => true;

describe('proposeFrame', () => {
  it('takes the head noun as trigger, the person and the place inside its names as groups, whose first', () => {
    const visit = entity('visit', 'event', ['visit of Russian President Vladimir Putin to India']);
    expect(proposeFrame(visit, ['visit of Russian President Vladimir Putin to India'], others, [...all, visit], ['Putin will visit India on December 4, 2025.'], accepts)).toEqual({
      triggers: ['visit'],
      with: [{ entities: ['vladimir-putin'] }, { entities: ['india'] }],
      when: { years: [2025] },
    });
  });

  it('ties an event named by its place alone to it within the clause, and keeps the ordinal its name has', () => {
    const war = entity('war', 'event', ['war in Ukraine']);
    expect(proposeFrame(war, ['war in Ukraine', '2nd war in Ukraine'], others, [...all, war], [], accepts)).toEqual({
      triggers: ['war'],
      with: [{ entities: ['ukraine'] }],
      when: { ordinals: [2] },
      window: 'clause',
    });
  });

  it('proposes nothing for an event whose names hold no one and nowhere, or no event noun the pack accepts', () => {
    const talks = entity('talks', 'event', ['the talks']);
    expect(proposeFrame(talks, ['the talks'], others, [...all, talks], [], accepts)).toBeNull();
    const visit = entity('visit', 'event', ['Putin visit']);
    expect(proposeFrame(visit, ['Putin visit'], others, [...all, visit], [], () => false)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  addStep,
  linkSteps,
  planSteps,
  printedHeading,
  progress,
  removeStep,
  resetChecklist,
  tick,
  type StepEntry,
} from '../../../../src/lib/checklist/checklist';
import { toolNames } from '../../../../src/lib/strings/embed';

const empty = { done: [], custom: [], notes: '' };
const steps = [
  { id: 'a', stage: 'before', text: 'A' },
  { id: 'b', stage: 'during', text: 'B' },
  { id: 'c', stage: 'after', text: 'C' },
] as const;

describe('progress', () => {
  test('counts done steps per stage and overall, ignoring ticks of steps that are gone', () => {
    const p = progress([...steps], ['a', 'c', 'removed-step']);
    expect(p.all).toEqual({ done: 2, total: 3 });
    expect(p.before).toEqual({ done: 1, total: 1 });
    expect(p.during).toEqual({ done: 0, total: 1 });
    expect(p.after).toEqual({ done: 1, total: 1 });
  });
});

describe('tick', () => {
  test('ticks once and unticks', () => {
    const once = tick(tick(empty, 'a', true), 'a', true);
    expect(once.done).toEqual(['a']);
    expect(tick(once, 'a', false).done).toEqual([]);
  });
});

describe('addStep and removeStep', () => {
  test('adds a tidy custom step that planSteps lists with the others, and removes it with its tick', () => {
    const added = addStep(empty, 'during', '  Ask   about   mentoring ', 'x1');
    expect(added.custom).toEqual([{ id: 'x1', stage: 'during', text: 'Ask about mentoring' }]);
    expect(planSteps([...steps], added).map((s) => s.id)).toEqual(['a', 'b', 'c', 'x1']);
    expect(planSteps([...steps], added)[3].custom).toBe(true);
    const gone = removeStep(tick(added, 'x1', true), 'x1');
    expect(gone).toEqual(empty);
  });

  test('ignores a blank step', () => {
    expect(addStep(empty, 'after', '   ', 'x2')).toBe(empty);
  });
});

describe('resetChecklist', () => {
  test('clears ticks and own steps but keeps notes', () => {
    const section = {
      done: ['a'],
      custom: [{ id: 'x', stage: 'after' as const, text: 'X' }],
      notes: 'n',
    };
    expect(resetChecklist(section)).toEqual({ done: [], custom: [], notes: 'n' });
  });
});

describe('linkSteps', () => {
  test('orders steps and links only published guides', () => {
    const entries: StepEntry[] = [
      { id: 'two', stage: 'before', order: 20, text: 'Two', why: 'w', guide: 'preparing' },
      { id: 'one', stage: 'before', order: 10, text: 'One', why: 'w', guide: 'unwritten' },
    ];
    const linked = linkSteps(entries, new Map([['preparing', 'Preparing']]), toolNames);
    expect(linked.map((s) => s.id)).toEqual(['one', 'two']);
    expect(linked[0].href).toBeUndefined();
    expect(linked[1]).toMatchObject({ href: '/guides/preparing/', guideTitle: 'Preparing' });
  });

  test('links the tool that helps with a step, by its name', () => {
    const entries: StepEntry[] = [
      { id: 'a', stage: 'before', order: 1, text: 'A', why: 'w', guide: 'x', tool: 'introduction' },
      { id: 'b', stage: 'before', order: 2, text: 'B', why: 'w', guide: 'x' },
    ];
    const [withTool, without] = linkSteps(entries, new Map(), toolNames);
    expect(withTool.tool).toEqual({ href: '/tools/introduction/', name: 'Introduction builder' });
    expect(without.tool).toBeUndefined();
  });
});

describe('checklist steps collection', () => {
  const planned = [
    'what-is-an-informational-interview',
    'why-it-matters',
    'who-to-ask',
    'friends-and-family',
    'alumni-network',
    'linkedin',
    'networking-events',
    'professors-employers-associations',
    'reaching-out',
    'preparing',
    'during-the-conversation',
    'after-the-conversation',
    'mistakes-and-faq',
    'one-month-plan',
  ];
  const data = parse(readFileSync('src/content/checklist/steps.yaml', 'utf8')) as StepEntry[];

  test('has 20 to 30 steps in every stage, with unique ids and orders', () => {
    expect(data.length).toBeGreaterThanOrEqual(20);
    expect(data.length).toBeLessThanOrEqual(30);
    expect(new Set(data.map((s) => s.id)).size).toBe(data.length);
    for (const stage of ['before', 'during', 'after']) {
      const orders = data.filter((s) => s.stage === stage).map((s) => s.order);
      expect(orders.length).toBeGreaterThan(3);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });

  test('points every step at a planned guide and keeps the 24-hour thank-you', () => {
    expect(data.filter((s) => !planned.includes(s.guide))).toEqual([]);
    expect(data.find((s) => s.id === 'send-thank-you')?.timing).toBe('Within 24 hours');
  });
});

describe('printedHeading', () => {
  const plan = (name: string, person: string) => ({ name, person: { name: person } });

  test('names the plan and the person', () => {
    expect(printedHeading(plan('Coffee chat', 'Priya Shah'))).toEqual({
      plan: 'Coffee chat',
      person: 'Priya Shah',
    });
  });

  test('names the person once when the plan is named after them', () => {
    expect(printedHeading(plan('Priya Shah', 'Priya Shah'))).toEqual({
      plan: 'Priya Shah',
      person: '',
    });
    expect(printedHeading(plan('Talk with priya shah ', ' Priya Shah')).person).toBe('');
  });

  test('gives the plan alone when the person has no name yet', () => {
    expect(printedHeading(plan('Conversation 2', ' '))).toEqual({
      plan: 'Conversation 2',
      person: '',
    });
  });
});

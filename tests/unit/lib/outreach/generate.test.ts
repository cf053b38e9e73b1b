import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { connectionCue, runChecks } from '../../../../src/lib/outreach/checks';
import {
  clean,
  connectionKey,
  fill,
  generateMessage,
  messageValues,
  type MessageInput,
} from '../../../../src/lib/outreach/generate';
import { connectionKinds } from '../../../../src/lib/plans/plan';
import { sample } from '../../../../src/lib/strings/outreach';
import { failsByDesign, outreachData, rulesIn } from '../../../support/outreach-data';

const { templates, phrases, missing } = outreachData();

/** A complete, ordinary plan. */
const complete: MessageInput = {
  person: {
    ...sample.person,
    eventName: 'the Green Careers Fair',
    school: 'Lakeside College',
  },
  outreach: {
    ...sample.outreach,
    connectionText: 'We were on the same robotics team in high school.',
  },
};

/** Names and details that break careless code. */
const tricky: Record<string, string> = {
  apostrophe: "Siobhán O'Brien-D'Arcy",
  accents: 'Zoë Ångström-Ñúñez',
  emoji: 'Dani 🌱 Park 👩🏽‍💻',
  rtl: 'مريم الحسيني',
  mixedRtl: 'שרה Cohen',
  html: '<img src=x onerror=alert(1)> & <b>Bo</b>',
  braces: '{theirName} {role} $& $1',
  long: 'Alexandria '.repeat(60).trim(),
};

const withName = (name: string): MessageInput => ({
  person: { ...complete.person, name, organization: name, referrer: name },
  outreach: { ...complete.outreach, senderName: name, interest: name },
});

describe('fill', () => {
  test('replaces each placeholder once and never expands inserted text', () => {
    expect(fill('Hi {a}, {b}', { a: '{b}', b: 'B' }, {})).toBe('Hi {b}, B');
  });
  test('turns an empty value into a flagged placeholder when it has a label', () => {
    expect(fill('Hi {a}.', { a: '' }, { a: 'their name' })).toBe('Hi [their name].');
  });
  test('drops an empty optional value and tidies the space it leaves', () => {
    expect(fill('{line} I am here.\n\n\n\nBye', { line: '' }, {})).toBe('I am here.\n\nBye');
  });
  test('leaves an unknown placeholder as typed, so the placeholder check can flag it', () => {
    expect(fill('Hi {nope} {constructor}', {}, {})).toBe('Hi {nope} {constructor}');
  });
  test('inserts dollar signs literally (no replacement patterns)', () => {
    expect(fill('{a}', { a: "$& $' $1" }, {})).toBe("$& $' $1");
  });
});

describe('clean', () => {
  test('keeps one trimmed line and treats non-strings as empty', () => {
    expect(clean('  Ana \n  María\t ')).toBe('Ana María');
    expect(clean(undefined)).toBe('');
    expect(clean(null)).toBe('');
    expect(clean(42)).toBe('');
  });
});

describe('connectionKey', () => {
  test('maps every plan connection kind, and empty or unknown ones to none', () => {
    for (const kind of connectionKinds) expect(connectionKey(kind)).toBe(kind || 'none');
    expect(connectionKey('pen pal')).toBe('none');
  });
});

describe('messageValues', () => {
  test('builds the connection line, first subject and ask from phrases', () => {
    const v = messageValues(complete, phrases.warm, missing);
    expect(v.connectionLine).toBe('Professor Chen suggested I get in touch with you.');
    expect(v.firstSubject).toBe('Referred by Professor Chen to ask about climate policy');
    expect(v.ask).toBe('a 20-minute video call');
    expect(v.theirFirstName).toBe('Maria');
  });
  test('falls back to 20 minutes and a video call for missing or odd asks', () => {
    const v = messageValues(
      { outreach: { askMinutes: Number.NaN, askFormat: 'fax' } },
      phrases.warm,
      missing,
    );
    expect(v.ask).toBe('a 20-minute video call');
  });
  test('flags a referral without a referrer', () => {
    const v = messageValues({ person: { connection: 'referral' } }, phrases.warm, missing);
    expect(v.connectionLine).toBe('[who referred you] suggested I get in touch with you.');
  });
});

describe('templates', () => {
  test('there is a template for every channel the issue lists, in order', () => {
    expect(templates.map((t) => t.id)).toEqual([
      'email',
      'linkedin-note',
      'linkedin-message',
      'alumni-platform',
      'text-friend',
      'after-event',
      'nudge',
      'thank-you',
      'keep-in-touch',
    ]);
  });

  for (const t of templates) {
    for (const tone of ['warm', 'formal'] as const) {
      test(`${t.id} (${tone}) filled with ordinary details passes its own checks`, () => {
        for (const connection of connectionKinds) {
          const input = {
            person: { ...complete.person, connection },
            outreach: { ...complete.outreach, tone },
          };
          const message = generateMessage(t, phrases, input, missing);
          const failed = runChecks(message, t, {
            rules: rulesIn.en,
            connection: connectionKey(connection),
            cues: [connectionCue(input.person, complete.outreach?.connectionText as string)],
          })
            .filter((c) => c.state === 'fail')
            .map((c) => c.id);
          expect(failed, `${connection || 'none'}: ${message.body}`).toEqual(
            failsByDesign(t, connection),
          );
        }
      });
    }
  }

  for (const [kind, value] of Object.entries(tricky)) {
    test(`every channel shows a ${kind} input literally and completely`, () => {
      for (const t of templates) {
        for (const tone of ['warm', 'formal'] as const) {
          const input = withName(value);
          input.outreach!.tone = tone;
          const { subject, body } = generateMessage(t, phrases, input, missing);
          const text = `${subject}\n${body}`;
          expect(body).toContain(clean(value).split(' ')[0]);
          expect(text).not.toMatch(/undefined|null|NaN/);
          expect(text).not.toMatch(/\[(their|your) name\]/);
        }
      }
    });
  }

  test('every channel with nothing filled in shows flagged placeholders, never blanks', () => {
    for (const t of templates) {
      const { subject, body } = generateMessage(t, phrases, {}, missing);
      expect(body).toMatch(/\[their name\]/);
      expect(`${subject}\n${body}`).not.toMatch(/undefined|null|\{\w+\}|\s,|\( \)/);
      if (t.medium === 'email') expect(subject.length).toBeGreaterThan(5);
    }
  });
});

describe('articles before the role and organization', () => {
  const health: MessageInput = {
    person: {
      ...complete.person,
      role: 'Epidemiologist',
      organization: 'State Department of Public Health',
    },
    outreach: { ...complete.outreach, senderSchool: 'University of Michigan' },
  };
  const byId = (id: string) => templates.find((t) => t.id === id)!;

  test('a first email reads "as an Epidemiologist at the State Department of Public Health"', () => {
    const { body } = generateMessage(byId('email'), phrases, health, missing);
    expect(body).toContain(
      'Your work as an Epidemiologist at the State Department of Public Health is',
    );
    expect(body).toContain('a student at the University of Michigan exploring');
  });

  test('no channel or tone puts a role or a "Department of …" name without its article', () => {
    for (const t of templates) {
      for (const tone of ['warm', 'formal'] as const) {
        const input = { ...health, outreach: { ...health.outreach, tone } };
        const { subject, body } = generateMessage(t, phrases, input, missing);
        const text = `${subject}\n${body}`;
        expect(text, `${t.id} (${tone})`).not.toMatch(/\ba Epidemiologist|\bas Epidemiologist/);
        expect(text, `${t.id} (${tone})`).not.toMatch(/\b(?:at|to|of) State Department/);
      }
    }
  });
});

describe('generateMessage (property)', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ maxLength: 200 }),
    fc.constantFrom(...Object.values(tricky)),
  );
  const loose = fc.oneof(
    text,
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
    fc.boolean(),
  );
  const input = fc.record(
    {
      person: fc.record({
        name: loose,
        role: loose,
        organization: loose,
        referrer: loose,
        eventName: loose,
        school: loose,
        connection: fc.oneof(fc.constantFrom(...connectionKinds), loose),
      }),
      outreach: fc.record({
        senderName: loose,
        senderSchool: loose,
        interest: loose,
        connectionText: loose,
        tone: fc.oneof(fc.constantFrom('warm', 'formal'), loose),
        askMinutes: fc.oneof(fc.constantFrom(15, 20, 30), fc.double(), loose),
        askFormat: fc.oneof(fc.constantFrom('call', 'video', 'coffee'), loose),
      }),
    },
    { requiredKeys: [] },
  );

  test('never throws and never prints undefined or null', () => {
    fc.assert(
      fc.property(fc.constantFrom(...templates), input, (t, raw) => {
        // Inputs that themselves contain the words are allowed to show them.
        fc.pre(!/undefined|null/i.test(JSON.stringify(raw)));
        const { subject, body } = generateMessage(t, phrases, raw as MessageInput, missing);
        expect(typeof body).toBe('string');
        expect(`${subject}\n${body}`).not.toMatch(/undefined|null/i);
      }),
      { numRuns: 500 },
    );
  });
});

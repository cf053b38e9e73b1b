import { describe, expect, test } from 'vitest';
import {
  checkIds,
  connectionCue,
  describeCheck,
  firstSentence,
  lengthStatus,
  runChecks,
  type CheckContext,
  type CheckId,
} from '../../../../src/lib/outreach/checks';
import { wordCount } from '../../../../src/lib/outreach/count';
import { fill } from '../../../../src/lib/shared/fill';
import { checks as checkText } from '../../../../src/lib/strings/outreach';
import type { ChannelTemplate } from '../../../../src/lib/outreach/generate';
import { loadTemplates, rulesIn } from '../../../support/outreach-data';

const templates = Object.fromEntries(loadTemplates().map((t) => [t.id, t]));
const email = templates.email;
const note = templates['linkedin-note'];

/** A first email that passes every check. */
const good = {
  subject: 'Referred by Professor Chen to ask about climate policy',
  body: `Hi Maria,

Professor Chen suggested I get in touch with you. I'm Sam, a student at Lakeside College exploring climate policy.

Your work at the City Climate Office is the path I want to understand. Would you be open to a 20-minute call, at a time that suits you?

Thank you,
Sam`,
};
const rules = rulesIn.en;
const referral: CheckContext = { rules, connection: 'referral', cues: ['Professor Chen'] };

function stateOf(
  id: CheckId,
  message: { subject?: string; body: string },
  template: ChannelTemplate = email,
  context: CheckContext = referral,
) {
  return runChecks(message, template, context).find((c) => c.id === id);
}

describe('runChecks', () => {
  test('a good first email passes every check, in display order', () => {
    const results = runChecks(good, email, referral);
    expect(results.map((r) => r.id)).toEqual(checkIds);
    expect(results.filter((r) => r.state !== 'pass')).toEqual([]);
  });

  test('length: fails at 100 words, warns above 75, passes at 75 or fewer', () => {
    const base = wordCount(good.body);
    const words = (n: number) => ({ ...good, body: `${good.body} ${'word '.repeat(n - base)}?` });
    expect(stateOf('length', words(100))?.state).toBe('fail');
    expect(stateOf('length', words(99))?.state).toBe('warn');
    expect(stateOf('length', words(76))?.state).toBe('warn');
    expect(stateOf('length', words(75))?.state).toBe('pass');
    expect(stateOf('length', words(100))?.values).toMatchObject({
      count: 100,
      max: 100,
      target: 75,
    });
  });

  test('length: a LinkedIn note may reach 200 characters, or 300 with Premium', () => {
    const body = (n: number) =>
      `Hi Maria, Professor Chen suggested I write. ${'a'.repeat(n - 45)}?`;
    expect(body(200)).toHaveLength(200);
    expect(stateOf('length', { body: body(200) }, note)?.state).toBe('pass');
    expect(stateOf('length', { body: body(201) }, note)?.state).toBe('fail');
    expect(stateOf('length', { body: body(201) }, note)?.values).toMatchObject({
      over: 1,
      chars: 1,
    });
    expect(
      stateOf('length', { body: body(300) }, note, { ...referral, premium: true })?.state,
    ).toBe('pass');
    expect(
      stateOf('length', { body: body(301) }, note, { ...referral, premium: true })?.state,
    ).toBe('fail');
  });

  test('placeholders: flags [Name], {name}, <name>, XXX and TBD; passes filled text', () => {
    for (const leftover of ['[Name]', '{firstName}', '<company>', 'XXX', 'TBD', '[their role]']) {
      const result = stateOf('placeholders', { ...good, body: `${good.body} ${leftover}` });
      expect(result?.state, leftover).toBe('fail');
      expect(result?.found).toEqual([leftover]);
    }
    expect(stateOf('placeholders', { ...good, subject: 'Advice on [topic]' })?.state).toBe('fail');
    expect(stateOf('placeholders', good)?.state).toBe('pass');
  });

  test('subject: flags a missing or vague subject; only email channels have the check', () => {
    for (const subject of [
      '',
      '   ',
      'Hi',
      'Quick question',
      'Informational interview request',
      'Re: hello!',
      'Coffee?',
      'Advice',
    ])
      expect(stateOf('subject', { ...good, subject })?.state, subject).toBe('fail');
    expect(stateOf('subject', good)?.state).toBe('pass');
    expect(stateOf('subject', { body: good.body }, note)).toBeUndefined();
  });

  test('stock openers: flags template phrases, straight or curly apostrophes', () => {
    for (const opener of [
      'I hope this email finds you well.',
      'I hope you’re doing well.',
      'My name is Sam.',
      'To whom it may concern,',
      "I know you're very busy,",
      'Sorry to bother you.',
    ]) {
      const body = good.body.replace('Hi Maria,', `Hi Maria,\n\n${opener}`);
      expect(stateOf('opener', { ...good, body })?.state, opener).toBe('fail');
    }
    expect(
      stateOf('opener', { ...good, body: good.body + ' I hope this email finds you well.' })?.found,
    ).toEqual(['hope this email finds you']);
    expect(stateOf('opener', good)?.state).toBe('pass');
  });

  test('job ask: flags jobs, internships, openings and referrals in a first message or nudge', () => {
    for (const ask of [
      'Are you hiring?',
      'Could you refer me?',
      'Any internships open?',
      'I would love a referral.',
      'I am applying for the analyst job.',
    ])
      expect(stateOf('jobAsk', { ...good, body: `${good.body}\n${ask}` })?.state, ask).toBe('fail');
    expect(stateOf('jobAsk', { ...good, subject: 'Job at your firm?' })?.state).toBe('fail');
    expect(stateOf('jobAsk', good)?.state).toBe('pass');
    expect(
      stateOf('jobAsk', { body: 'Thanks for the job advice.' }, templates['thank-you']),
    ).toBeUndefined();
  });

  test('résumé: flags a mentioned résumé, CV or attachment', () => {
    for (const line of [
      'I attached my résumé.',
      'My resume is below.',
      'See my CV.',
      'Attachment: portfolio.pdf',
    ])
      expect(stateOf('resume', { ...good, body: `${good.body}\n${line}` })?.state, line).toBe(
        'fail',
      );
    expect(stateOf('resume', good)?.state).toBe('pass');
  });

  test('ask: fails without a question or request; a question mark or "would you" passes', () => {
    const noAsk = good.body.replace(
      'Would you be open to a 20-minute call, at a time that suits you?',
      'Let me know your thoughts.',
    );
    expect(stateOf('ask', { ...good, body: noAsk })?.state).toBe('fail');
    expect(stateOf('ask', { ...good, body: noAsk + ' Could we talk for 20 minutes.' })?.state).toBe(
      'pass',
    );
    expect(stateOf('ask', good)?.state).toBe('pass');
    expect(stateOf('ask', { body: 'Thank you.' }, templates['thank-you'])).toBeUndefined();
  });

  test('connection first: fails when the connection comes later, passes when it opens', () => {
    const late = good.body.replace(
      "Professor Chen suggested I get in touch with you. I'm Sam, a student at Lakeside College exploring climate policy.",
      "I'm Sam, a student at Lakeside College exploring climate policy. Professor Chen gave me your name.",
    );
    expect(stateOf('connectionFirst', { ...good, body: late })?.state).toBe('fail');
    expect(stateOf('connectionFirst', good)?.state).toBe('pass');
    expect(
      stateOf('connectionFirst', { body: 'Hi Ana! We met at the fair. Coffee?' }, note, {
        rules,
        connection: 'event',
      })?.state,
    ).toBe('pass');
    // Friends and family know how they know you.
    expect(
      stateOf('connectionFirst', { body: "Hi Ana! I'm exploring design. Coffee?" }, note, {
        rules,
        connection: 'friend',
      }),
    ).toBeUndefined();
  });

  test('about them: fails when I/me/my outnumber you/your', () => {
    const selfish = {
      ...good,
      body: `${good.body}\nI am keen, I am driven, my grades are great and I want to grow.`,
    };
    expect(stateOf('aboutThem', selfish)).toMatchObject({
      state: 'fail',
      values: { self: 7, reader: 5 },
    });
    expect(stateOf('aboutThem', good)?.state).toBe('pass');
  });
});

describe('lengthStatus', () => {
  test('counts words for email and UTF-16 characters for the LinkedIn note', () => {
    expect(lengthStatus('Hi Ana, coffee?', email)).toMatchObject({
      unit: 'words',
      count: 3,
      max: 100,
      target: 75,
      ok: true,
    });
    expect(lengthStatus('Hi 👋', note)).toMatchObject({
      unit: 'characters',
      count: 5,
      max: 200,
      ok: true,
    });
    expect(lengthStatus('Hi', note, true).max).toBe(300);
  });
});

describe('firstSentence', () => {
  test('skips a greeting on its own line or at the start of the text', () => {
    expect(firstSentence('Hi Maria,\n\nWe met at the fair. More.', rules.greeting)).toBe(
      'We met at the fair.',
    );
    expect(firstSentence('Hi Maria! We met at the fair. More.', rules.greeting)).toBe(
      'We met at the fair.',
    );
    expect(firstSentence('Dear Dr Lee,\nProfessor Chen suggested I write.', rules.greeting)).toBe(
      'Professor Chen suggested I write.',
    );
    expect(firstSentence('No full stop at all', rules.greeting)).toBe('No full stop at all');
  });
});

describe('connectionCue', () => {
  test('gives the name that shows the chosen connection', () => {
    const person = { referrer: 'Ana', eventName: 'Fair', school: 'Lakeside' };
    expect(connectionCue({ ...person, connection: 'referral' })).toBe('Ana');
    expect(connectionCue({ ...person, connection: 'event' })).toBe('Fair');
    expect(connectionCue({ ...person, connection: 'school' })).toBe('Lakeside');
    expect(connectionCue({ ...person, connection: 'other' }, 'Robotics team')).toBe(
      'Robotics team',
    );
    expect(connectionCue({ ...person, connection: 'linkedin' })).toBe('');
  });
});

describe('describeCheck', () => {
  test('fills the sentence for the outcome with the numbers, and gives no reason when it passes', () => {
    expect(
      describeCheck({ id: 'length', state: 'pass', values: { count: 62, max: 100 } }, checkText),
    ).toEqual({ message: fill(checkText.length.pass, { count: 62 }) });
  });

  test('a failing check says why and names its guide', () => {
    const d = describeCheck(
      { id: 'placeholders', state: 'fail', found: ['[name]', '[role]'] },
      checkText,
    );
    expect(d.message).toContain('[name], [role]');
    expect(d.reason).toBe(checkText.placeholders.reason);
    expect(d.guide).toBe(checkText.placeholders.guide);
  });

  test('a LinkedIn note counted in characters uses the note wording', () => {
    const d = describeCheck(
      { id: 'length', state: 'fail', values: { count: 230, max: 200, chars: 1, over: 30 } },
      checkText,
    );
    expect(d.message).toBe(fill(checkText.noteLength.fail, { count: 230, max: 200, over: 30 }));
  });
});

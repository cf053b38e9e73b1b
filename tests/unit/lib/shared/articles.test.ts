import { describe, expect, test } from 'vitest';
import { fitArticles, startsWithVowelSound, takesThe } from '../../../../src/lib/shared/articles';

const article = (role: string) => (startsWithVowelSound(role) ? 'an' : 'a');

describe('startsWithVowelSound', () => {
  test.each([
    ['Epidemiologist', 'an'],
    ['epidemiologist', 'an'],
    ['Analyst', 'an'],
    ['intern', 'an'],
    ['Occupational therapist', 'an'],
    ['urban planner', 'an'],
    ['Undergraduate advisor', 'an'],
    ['hour', 'an'],
    ['honorary fellow', 'an'],
    ['nurse manager', 'a'],
    ['Data scientist', 'a'],
    ['UX researcher', 'a'],
    ['university lecturer', 'a'],
    ['User researcher', 'a'],
    ['urologist', 'a'],
    ['European policy officer', 'a'],
    ['Hospital pharmacist', 'a'],
  ])('"%s" takes "%s"', (role, expected) => {
    expect(article(role)).toBe(expected);
  });

  test('reads initials letter by letter', () => {
    for (const role of ['HR manager', 'MBA student', 'RN', 'X-ray technician'])
      expect(article(role), role).toBe('an');
    for (const role of ['CPA', 'QA engineer']) expect(article(role), role).toBe('a');
  });
});

describe('takesThe', () => {
  test.each([
    'State Department of Public Health',
    'University of Michigan',
    'Department of Health',
    'Museum of Modern Art',
    'Massachusetts Institute of Technology',
    'city of Boston',
  ])('"%s" takes "the"', (name) => {
    expect(takesThe(name)).toBe(true);
  });

  test.each([
    'Riverside Medical Center',
    'Northwind',
    'Bank of America',
    'Royal Bank of Canada',
    'The University of Michigan',
    'Habitat for Humanity',
  ])('"%s" stays as typed', (name) => {
    expect(takesThe(name)).toBe(false);
  });
});

describe('fitArticles', () => {
  const values = {
    role: 'Epidemiologist',
    organization: 'State Department of Public Health',
    yourSchool: 'University of Michigan',
    school: 'University of Michigan',
  };

  test('turns "a" before a slot into "an" when its value starts with a vowel sound', () => {
    expect(fitArticles('What is a week like for you as a {role}?', values)).toBe(
      'What is a week like for you as an {role}?',
    );
    expect(fitArticles('A {role} like you', values)).toBe('An {role} like you');
  });

  test('turns "an" into "a" when the value does not need it', () => {
    expect(fitArticles('as an {role}', { role: 'UX researcher' })).toBe('as a {role}');
  });

  test('puts "the" before an organization or school whose name takes it', () => {
    expect(fitArticles('Your work as a {role} at {organization}', values)).toBe(
      'Your work as an {role} at the {organization}',
    );
    expect(fitArticles('What does {organization} do?', values)).toBe(
      'What does the {organization} do?',
    );
    expect(fitArticles('a student at {yourSchool} exploring', values)).toBe(
      'a student at the {yourSchool} exploring',
    );
  });

  test('adds no "the" where the wording has one, or where the name describes', () => {
    expect(fitArticles('through the {school} alumni network', values)).toBe(
      'through the {school} alumni network',
    );
    expect(fitArticles('{yourSchool} student seeking advice', values)).toBe(
      '{yourSchool} student seeking advice',
    );
    expect(fitArticles('at {organization}', { organization: 'Riverside Medical Center' })).toBe(
      'at {organization}',
    );
  });

  test('leaves the wording as written for a slot with no value, or one that is not a name', () => {
    expect(fitArticles('as a {role} at {organization}', { role: ' ', organization: '' })).toBe(
      'as a {role} at {organization}',
    );
    expect(fitArticles('exploring {interest}', { interest: 'History of art' })).toBe(
      'exploring {interest}',
    );
  });
});

/**
 * The introduction builder in Spanish (issue #25): the Spanish phrases join the parts into a
 * Spanish paragraph (usted to the person), and the same checks, given the Spanish lists, read it.
 */
import { describe, expect, test } from 'vitest';
import { runIntroChecks, type IntroCheckId } from '../../../../src/lib/introduction/checks';
import { joinIntroduction } from '../../../../src/lib/introduction/introduction';
import { strings } from '../../../../src/lib/i18n/strings';
import { introRules } from '../../../../src/lib/strings/es/check-rules';

const parts = {
  who: 'Sam, estudiante de segundo año de Psicología',
  curious: 'la investigación de experiencia de usuario',
  why: 'usted pasó de la psicología al diseño',
  learn: 'cómo hizo ese cambio',
};
const person = { name: 'Priya Shah', role: 'investigadora', organization: 'Acme Salud' };
const es = strings('introduction', 'es');
const good = joinIntroduction(parts, person, es.joinPhrases);
const stateOf = (id: IntroCheckId, text: string) =>
  runIntroChecks(text, {}, introRules).find((c) => c.id === id)?.state;

describe('Spanish introduction', () => {
  test('the parts are joined with the Spanish phrases, in Spanish', () => {
    expect(good).toBe(
      'Gracias por tomarse el tiempo de hablar conmigo, Priya. Soy Sam, estudiante de segundo año de Psicología. Últimamente me interesa la investigación de experiencia de usuario. Quería hablar con usted porque usted pasó de la psicología al diseño. En esta conversación me encantaría aprender cómo hizo ese cambio.',
    );
  });

  test('a lead-in the student typed is not said twice ("Soy Soy Sam")', () => {
    const text = joinIntroduction(
      { who: 'Soy Sam', learn: 'aprender cómo eligió su equipo' },
      {},
      es.joinPhrases,
    );
    expect(text).toContain('Soy Sam.');
    expect(text).not.toContain('Soy Soy');
    expect(text).toContain('me encantaría aprender cómo eligió su equipo.');
  });

  test('the joined introduction and the Spanish examples pass every check', () => {
    expect(runIntroChecks(good, {}, introRules).filter((r) => r.state === 'fail')).toEqual([]);
    for (const kind of ['example', 'changer'] as const) {
      const p = Object.fromEntries(
        Object.entries(es.introText.parts).map(([id, text]) => [id, text[kind]]),
      ) as typeof parts;
      const joined = joinIntroduction(p, {}, es.joinPhrases);
      expect(
        runIntroChecks(joined, {}, introRules).filter((r) => r.state === 'fail'),
        joined,
      ).toEqual([]);
    }
  });

  test('who, reason and ending read Spanish', () => {
    expect(stateOf('who', 'Me llamo Sam.')).toBe('pass');
    expect(stateOf('who', 'Soy estudiante de Química.')).toBe('pass');
    expect(stateOf('who', 'Hola.')).toBe('fail');
    expect(stateOf('reason', 'La profesora Chen me sugirió hablar con usted.')).toBe('pass');
    expect(stateOf('reason', 'Hola, ¿qué tal?')).toBe('fail');
    expect(stateOf('ending', 'Me gustaría entender cómo empezó.')).toBe('pass');
    expect(stateOf('ending', 'Eso es todo.')).toBe('fail');
  });

  test('a job or internship ask is flagged in Spanish, with accented words whole', () => {
    const [fail] = runIntroChecks(
      `${good} ¿Tienen alguna vacante o prácticas?`,
      {},
      introRules,
    ).filter((c) => c.id === 'jobAsk');
    expect(fail).toMatchObject({ state: 'fail', found: ['vacante', 'prácticas'] });
    expect(stateOf('jobAsk', `${good} Lo pondré en práctica.`)).toBe('pass');
  });
});

/**
 * The outreach writer in Spanish (issue #25): the Spanish templates generate letters with the
 * Spanish conventions (greeting with a colon, the body on the next line with a capital, a
 * closing), and the same checks, given the Spanish word lists, flag Spanish stock phrases, job
 * asks and résumés, with word boundaries that work on accented letters.
 */
import { describe, expect, test } from 'vitest';
import { connectionCue, runChecks, type CheckId } from '../../../../src/lib/outreach/checks';
import {
  connectionKey,
  generateMessage,
  type MessageInput,
} from '../../../../src/lib/outreach/generate';
import { connectionKinds } from '../../../../src/lib/plans/plan';
import { failsByDesign, outreachData } from '../../../support/outreach-data';

const { templates, phrases, missing, rules } = outreachData('es');
const byId = (id: string) => templates.find((t) => t.id === id)!;
const email = byId('email');

const priya: MessageInput = {
  person: {
    name: 'Priya Shah',
    role: 'epidemióloga',
    organization: 'Salud Pública de Riverside',
    connection: 'referral',
    referrer: 'la profesora Chen',
    eventName: 'la Feria de Empleo Verde',
    school: 'Lakeside College',
  },
  outreach: {
    senderName: 'Sam Rivera',
    senderSchool: 'Lakeside College',
    interest: 'la salud pública',
    askFormat: 'video',
    askMinutes: 20,
    connectionText: 'Coincidimos en el equipo de robótica del instituto.',
  },
};
const formal = (input: MessageInput): MessageInput => ({
  ...input,
  outreach: { ...input.outreach, tone: 'formal' },
});

/** A first email in Spanish that passes every check. */
const good = {
  subject: 'De parte de la profesora Chen: una consulta sobre salud pública',
  body: `Estimada Priya:

La profesora Chen me sugirió que le escribiera. Soy Sam, estudiante de Lakeside College.

Su trabajo en el Departamento de Salud es justo el camino que quiero entender. ¿Tendría tiempo para una videollamada de 20 minutos?

Saludos cordiales,
Sam`,
};
const context = { rules, connection: 'referral' as const, cues: ['la profesora Chen'] };
const stateOf = (id: CheckId, message: { subject?: string; body: string }) =>
  runChecks(message, email, context).find((c) => c.id === id);

describe('Spanish message generation', () => {
  test('a warm first email greets with a colon, starts the body on a new line, and closes', () => {
    const { subject, body } = generateMessage(email, phrases, priya, missing, rules);
    expect(body.startsWith('Hola, Priya:\n\nLa profesora Chen me sugirió que le escribiera.')).toBe(
      true,
    );
    expect(body).toMatch(/\n\nMuchas gracias,\nSam Rivera$/);
    expect(subject).toBe('De parte de la profesora Chen: una consulta sobre la salud pública');
  });

  test('a formal first email opens "Estimado/a Priya Shah:" and closes "Saludos cordiales,"', () => {
    const { body } = generateMessage(email, phrases, formal(priya), missing, rules);
    expect(body).toMatch(/^Estimado\/a Priya Shah:\n\n\p{Lu}/u);
    expect(body).toMatch(/\n\nSaludos cordiales,\nSam Rivera$/);
  });

  test('a closing with a verb ends with a full stop ("Reciba un cordial saludo.")', () => {
    const { body } = generateMessage(byId('thank-you'), phrases, formal(priya), missing, rules);
    expect(body).toMatch(/\n\nReciba un cordial saludo\.\nSam Rivera$/);
  });

  test('what the student typed in lower case after the greeting starts with a capital', () => {
    const input: MessageInput = {
      ...priya,
      person: { ...priya.person, connection: 'other' },
      outreach: { ...priya.outreach, connectionText: 'nos conocimos en la feria.' },
    };
    const { body } = generateMessage(email, phrases, input, missing, rules);
    expect(body).toMatch(/^Hola, Priya:\n\nNos conocimos en la feria\./);
  });

  test('no English article is fitted into Spanish ("en Museum of…", never "en the Museum of…")', () => {
    const input: MessageInput = {
      ...priya,
      person: { ...priya.person, organization: 'Museum of Modern Art', role: 'archivista' },
    };
    const { body } = generateMessage(email, phrases, input, missing, rules);
    expect(body).toContain('como archivista en Museum of Modern Art es');
    expect(body).not.toMatch(/\bthe\b|\ban\b/);
  });

  for (const t of templates)
    for (const tone of ['warm', 'formal'] as const)
      test(`${t.id} (${tone}) filled with ordinary details passes its own checks`, () => {
        for (const connection of connectionKinds) {
          const input: MessageInput = {
            person: { ...priya.person, connection },
            outreach: { ...priya.outreach, tone },
          };
          const message = generateMessage(t, phrases, input, missing, rules);
          const failed = runChecks(message, t, {
            rules,
            connection: connectionKey(connection),
            cues: [connectionCue(input.person!, priya.outreach!.connectionText as string)],
          })
            .filter((c) => c.state === 'fail')
            .map((c) => c.id);
          expect(failed, `${connection || 'none'}: ${message.body}`).toEqual(
            failsByDesign(t, connection),
          );
          // Spanish letters: a greeting line ending in a colon (or "¡Hola, Ana!" in a text).
          if (t.medium !== 'text') expect(message.body.split('\n')[0]).toMatch(/:$/);
        }
      });
});

describe('Spanish checks', () => {
  test('a good Spanish first email passes every check', () => {
    expect(runChecks(good, email, context).filter((r) => r.state !== 'pass')).toEqual([]);
  });

  test('stock phrases of a form letter are flagged, as written', () => {
    for (const phrase of [
      'Por medio de la presente le escribo.',
      'Me pongo en contacto con usted para pedirle consejo.',
      'Sin otro particular, me despido.',
      'Quedo a la espera de su respuesta.',
      'Quedo a su disposición.',
      'Agradeciendo de antemano su atención.',
      'A quien corresponda:',
      'A quien pueda interesar:',
      'Muy señor mío:',
      'Espero que se encuentre bien.',
    ]) {
      const result = stateOf('opener', { ...good, body: `${good.body}\n${phrase}` });
      expect(result?.state, phrase).toBe('fail');
    }
    expect(
      stateOf('opener', { ...good, body: `Por medio de la presente le escribo.\n${good.body}` })
        ?.found,
    ).toEqual(['Por medio de la presente']);
  });

  test('a job or internship ask is flagged', () => {
    for (const ask of [
      '¿Tienen alguna vacante?',
      'Busco prácticas para el verano.',
      'Estoy buscando trabajo en salud pública.',
      '¿Podría ofrecerme un puesto?',
      'Vi una oferta de empleo en su web.',
      '¿Me daría una recomendación para el puesto?',
    ])
      expect(stateOf('jobAsk', { ...good, body: `${good.body}\n${ask}` })?.state, ask).toBe('fail');
    expect(stateOf('jobAsk', { ...good, body: `${good.body}\nBusco prácticas.` })?.found).toEqual([
      'prácticas',
    ]);
    // "Su trabajo" is about them, not a request for one.
    expect(stateOf('jobAsk', good)?.state).toBe('pass');
  });

  test('a résumé or attachment is flagged, with boundaries that work on accented letters', () => {
    for (const line of [
      'Le envío mi currículum.',
      'Adjunto mi CV.',
      'Le comparto mi hoja de vida.',
      'Va un archivo adjunto.',
      'Le adjunté el programa del curso.',
    ])
      expect(stateOf('resume', { ...good, body: `${good.body}\n${line}` })?.state, line).toBe(
        'fail',
      );
    const courses = `${good.body}\nTomé dos materias extracurriculares y actividades curriculares.`;
    expect(stateOf('resume', { ...good, body: courses })?.state).toBe('pass');
    // "prácticas" is a whole word; "prácticasmente" or "apráctica" is not it.
    expect(
      stateOf('jobAsk', { ...good, body: `${good.body}\nLo pondré en práctica.` })?.state,
    ).toBe('pass');
  });

  test('connection first and the ask read Spanish', () => {
    const late = good.body.replace(
      'La profesora Chen me sugirió que le escribiera. Soy Sam',
      'Soy Sam. La profesora Chen me sugirió que le escribiera',
    );
    expect(stateOf('connectionFirst', { ...good, body: late })?.state).toBe('fail');
    expect(stateOf('connectionFirst', good)?.state).toBe('pass');
    const noAsk = good.body.replace('¿Tendría tiempo para una videollamada de 20 minutos?', '');
    expect(stateOf('ask', { ...good, body: noAsk })?.state).toBe('fail');
    expect(stateOf('ask', { ...good, body: `${noAsk} Avíseme si tiene un momento.` })?.state).toBe(
      'pass',
    );
  });

  test('a vague Spanish subject line is flagged', () => {
    for (const subject of ['Consulta', 'RE: Hola', 'Solicitud de entrevista informativa'])
      expect(stateOf('subject', { ...good, subject })?.state, subject).toBe('fail');
  });

  test('a message about the sender more than the reader is flagged in Spanish too', () => {
    const selfish = `${good.body}\nYo quiero contarle mi historia, mis metas, mis planes y mi camino.`;
    expect(stateOf('aboutThem', { ...good, body: selfish })?.state).toBe('fail');
  });
});

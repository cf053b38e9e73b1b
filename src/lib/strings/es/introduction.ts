/**
 * Textos del constructor de presentaciones y de su hoja para imprimir, en español (inglés:
 * ../introduction.ts, con la misma forma). `{name}` marca un valor que se completa al usarlo. La
 * isla recibe `introText`, `introChecks` y `joinPhrases` como props (en el HTML, no en el
 * JavaScript). La presentación se dice a un profesional: de usted.
 */
import type { IntroPartId } from '../../plans/plan';
import type { IntroCheckText, PartText } from '../introduction';

/** El ritmo al hablar que usa el cálculo del tiempo, en palabras por minuto. */
export const wordsPerMinute = 130;

/**
 * Las frases con que la herramienta une las partes. Cada parte se dice después de su entrada; si
 * el estudiante también la escribe (cualquiera de `typed`, sin distinguir mayúsculas), no se repite.
 */
export const joinPhrases = {
  greeting: 'Gracias por tomarse el tiempo de hablar conmigo, {name}.',
  greetingNoName: 'Gracias por tomarse el tiempo de hablar conmigo.',
  lead: {
    who: 'Soy',
    curious: 'Últimamente me interesa',
    why: 'Quería hablar con usted porque',
    learn: 'En esta conversación me encantaría aprender',
  },
  typed: {
    who: ['soy', 'me llamo', 'mi nombre es'],
    curious: [
      'últimamente me interesa',
      'últimamente me interesan',
      'me interesa',
      'me interesan',
      'tengo curiosidad por',
    ],
    why: ['quería hablar con usted porque', 'quería hablar contigo porque', 'porque'],
    learn: [
      'en esta conversación me encantaría aprender',
      'me encantaría aprender',
      'me gustaría aprender',
      'espero aprender',
      'aprender',
    ],
  },
  /** Lo que se dice en lugar de la parte "quién" mientras está vacía, con los datos del estudiante. */
  whoStudent: '{name}, estudiante de {school}',
  /** Lo que se dice en lugar de la parte "por qué" mientras está vacía, con el puesto y la organización. */
  roleAt: 'Me encantaría conocer su trabajo como {role} en {organization}.',
  roleOnly: 'Me encantaría conocer su trabajo como {role}.',
  orgOnly: 'Me encantaría conocer su trabajo en {organization}.',
  /** Cómo conoce el estudiante a la persona, dicho antes del motivo, según la conexión del plan. */
  connection: {
    referral: '{referrer} me sugirió que hablara con usted.',
    school: 'Vi que usted también estudió en {school}.',
    event: 'Nos conocimos en {eventName}.',
    linkedin: 'Encontré su perfil en LinkedIn.',
  } as Partial<Record<string, string>>,
} as const;

/** Título de la página, resumen y el texto que se muestra sin JavaScript. */
export const introPage = {
  title: 'Constructor de presentaciones',
  description:
    'Escribe la presentación de 30 segundos con la que abres una entrevista informativa, mira cuánto tarda en decirse y practícala con un cronómetro.',
  intro:
    'Completa cuatro partes cortas y la herramienta las une en un párrafo que puedes decir en voz alta en unos 30 segundos. Cámbialo hasta que suene a ti y luego cronométrate. Todo se guarda con tu plan en este navegador.',
  noscript:
    'El constructor necesita JavaScript para unir, contar y cronometrar tu presentación. Sin él, usa la hoja de abajo: escribe cada parte en las líneas y luego léela en voz alta con un reloj.',
  worksheetHeading: 'Hoja de la presentación',
  printHint: 'Para un taller o una clase:',
  printLink: 'una hoja en blanco de una página para imprimir',
} as const;

/** Textos de la isla, que los recibe como prop. */
export const introText = {
  partsHeading: 'Las cuatro partes',
  partsIntro:
    'Escribe unas pocas palabras para cada parte, no discursos enteros. Las palabras en negrita se añaden solas.',
  examplePrefix: 'Por ejemplo:',
  /** Antes del ejemplo de quien cambia de carrera en cada parte. */
  changerPrefix: 'Si cambias de carrera:',
  parts: {
    who: {
      label: 'Quién eres',
      hint: 'Tu nombre, y luego tu año y tu carrera, o tu trabajo actual si estás cambiando de carrera.',
      example: 'Sam, estudiante de segundo año de Psicología en Carver College',
      changer: 'Dana, profesora de Química en un instituto desde hace ocho años',
    },
    curious: {
      label: 'Qué te interesa',
      hint: 'Un campo, una pregunta o un tipo de trabajo, y qué despertó tu interés.',
      example:
        'cómo la investigación da forma a las aplicaciones que usamos cada día, desde una clase sobre toma de decisiones',
      changer:
        'el control de calidad en las farmacéuticas, desde que empecé a revisar la seguridad del laboratorio de mi escuela',
    },
    why: {
      label: 'Por qué esta persona',
      hint: 'Cómo la encontraste y qué de su camino te hizo querer preguntarle a ella.',
      example:
        'usted pasó de la psicología a la investigación de experiencia de usuario, y ese es el paso que intento imaginar',
      changer:
        'usted enseñaba ciencias antes de pasar al control de calidad, el paso que estoy pensando dar',
    },
    learn: {
      label: 'Qué esperas aprender',
      hint: 'Una o dos cosas que quieres entender al final de la conversación.',
      example: 'cómo es una semana normal para usted y cómo hizo el cambio',
      changer: 'qué partes de la docencia cuentan en su campo y qué tendría que aprender primero',
    },
  } satisfies Record<IntroPartId, PartText>,
  personNote:
    'Su nombre, su puesto, su organización y cómo la conoces vienen de este plan. Cámbialos en la herramienta de mensajes o en la de preguntas.',
  textHeading: 'Tu presentación',
  textLabel: 'La presentación tal como la vas a decir',
  textHint:
    'Cambia cualquier palabra. Cuando la edites aquí, las partes de arriba ya no la cambiarán.',
  empty: 'Completa una parte de arriba y tu presentación aparecerá aquí.',
  edited: 'Editaste este texto, así que los cambios en las partes ya no lo cambian.',
  reset: 'Volver a armarla con las partes',
  resetDone: 'Presentación armada de nuevo con las partes.',
  length:
    '{words} palabras: unos {time} para decirla a {wpm} palabras por minuto. Apunta a unos 30 segundos, unas 65 palabras.',
  /** Un tiempo en segundos, tal como lo usan las frases de alrededor ({time}). */
  second: '1 segundo',
  seconds: '{n} segundos',
  long: 'Pasa de 45 segundos. Quita una frase, para que la otra persona hable antes.',
  short: 'No llega a 15 segundos. Añade un poco sobre lo que te interesa.',
  checksHeading: 'Comprobaciones',
  checksSummary: '{fail} por corregir, {pass} bien',
  states: { pass: 'Bien:', fail: 'Por corregir:' },
  practiceHeading: 'Practica en voz alta',
  practiceIntro:
    'Dila en voz alta como en la conversación. Pon en marcha el cronómetro, habla y luego detenlo.',
  practiceOpen: 'Practicar con cronómetro',
  practiceClose: 'Cerrar la práctica',
  practiceEmpty: 'Primero escribe tu presentación y luego practícala aquí.',
  start: 'Iniciar cronómetro',
  stop: 'Detener cronómetro',
  clock: 'Tiempo hasta ahora',
  result: 'Tardaste {time}.',
  resultBest: 'Tardaste {time}: lo más cerca de 30 segundos hasta ahora.',
  resultLong: 'Tardaste {time}. Intenta terminar en menos de 45 segundos.',
  last: 'Última vez: {time}.',
  best: 'Mejor tiempo: {time}.',
} as const;

/** El texto de cada comprobación, por el id de src/lib/introduction/checks.ts. */
export const introChecks = {
  who: {
    pass: 'Dice quién eres.',
    fail: 'Di quién eres: tu nombre y qué estudias o a qué te dedicas.',
    reason:
      'Aceptó hablar con alguien que no conoce. Una primera frase clara le dice cómo puede ayudarte.',
  },
  reason: {
    pass: 'Da un motivo para haberle elegido.',
    fail: 'Di por qué querías hablar con esta persona en concreto.',
    reason: 'La gente se abre cuando oye qué te atrajo de su camino, no solo de su puesto.',
  },
  ending: {
    pass: 'Termina con lo que esperas aprender.',
    fail: 'Termina con lo que esperas aprender, o con una pregunta, para que sepa por dónde empezar.',
    reason: 'La última frase le pasa la palabra.',
  },
  jobAsk: {
    pass: 'Pide aprender, no un trabajo.',
    fail: 'No hables de trabajos, prácticas ni recomendaciones: {found}',
    reason:
      'Una entrevista informativa es para aprender. Pedir trabajo aquí convierte un favor en un trato.',
  },
  placeholders: {
    pass: 'No queda nada por completar.',
    fail: 'Completa o quita: {found}',
    reason: 'Un [espacio] olvidado se pasa por alto al leer en voz alta, y te corta a media frase.',
  },
} satisfies Record<string, IntroCheckText>;

/** Textos de la hoja en blanco (/print/introduction/). */
export const introSheet = {
  title: 'Hoja de la presentación',
  description:
    'Una hoja en blanco de una página para escribir una presentación de 30 segundos para una entrevista informativa, para talleres y clases.',
  heading: 'Mi presentación de 30 segundos',
  intro:
    'Escribe unas pocas palabras para cada parte, únelas en tres o cuatro frases y dilas en voz alta. A unas 130 palabras por minuto, 30 segundos son unas 65 palabras.',
  toolLink: 'Escríbela y cronométrala en tu navegador',
  whole: 'Todo junto, como lo voy a decir',
  timing: 'Cronométrala en voz alta',
  tries: ['Primer intento', 'Segundo intento', 'Tercer intento'],
  seconds: 'segundos',
} as const;

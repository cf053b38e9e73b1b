/**
 * Spanish wording of the plan hand-off (src/lib/strings/handoff.ts): "Seguir en el sitio
 * completo" in a Spanish embed, and the offer a Spanish tool page shows.
 */
import type { PlanContents } from '../../plans/handoff.lazy';

/** "1 paso", "3 pasos". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** «A», «B» y «C»: names as a sentence lists them. */
const quoted = (names: string[]) =>
  new Intl.ListFormat('es').format(names.map((name) => `«${name}»`));

/** In the embed: the control and what it says after it is pressed. */
export const handoffSendText = {
  /** The control in the embed's footer. */
  button: 'Seguir en el sitio completo',
  /** The tab opened, carrying the plans with these names. */
  opened: (names: string[]) =>
    names.length === 1
      ? `Se abrió el sitio completo en una pestaña nueva con «${names[0]}». Elige allí «Añadir a mis planes» para conservarlo.`
      : `Se abrió el sitio completo en una pestaña nueva con tus ${names.length} planes. Elige allí «Añadir a mis planes» para conservarlos.`,
  /** The plans do not fit in a link: they were downloaded as the export file instead. */
  tooLarge: (plans: number, length: number, max: number) =>
    `${plans === 1 ? 'Este plan es demasiado grande' : `Tus ${plans} planes son demasiado grandes`} para ir en un enlace (${length.toLocaleString('es')} caracteres; un enlace admite hasta ${max.toLocaleString('es')}), así que ${plans === 1 ? 'se descargó' : 'se descargaron'} en un archivo. En el sitio completo, abre «Renombrar, borrar, exportar o importar» y elige «Importar planes de un archivo».`,
  /** The browser (or the host site's frame settings) stopped the new tab. */
  blocked: 'El navegador no abrió una pestaña nueva. Usa este enlace, que lleva tus planes:',
  blockedLink: 'Abrir el sitio completo con tus planes',
  /** CompressionStream missing (a browser older than 2023) or failing. */
  failed:
    'Este navegador no puede meter tus planes en un enlace. Usa «Exportar todos los planes» en la barra del plan e importa el archivo en el sitio completo.',
  fileName: 'planes-de-entrevistas.json',
} as const;

/** What a plan holds, one line per section with content. */
const sections = (c: PlanContents): string[] => {
  const lines: string[] = [];
  if (c.checklist) {
    const parts = [
      `${count(c.checklist.done, 'paso')} ${c.checklist.done === 1 ? 'marcado' : 'marcados'}`,
    ];
    if (c.checklist.own)
      parts.push(
        `${count(c.checklist.own, 'paso')} ${c.checklist.own === 1 ? 'propio' : 'propios'}`,
      );
    if (c.checklist.notes) parts.push('notas');
    lines.push(`Lista: ${parts.join(', ')}`);
  }
  if (c.questions) {
    const parts = [count(c.questions.count, 'pregunta')];
    if (c.questions.answered) parts.push(`${c.questions.answered} con notas de respuesta`);
    lines.push(`Preguntas: ${parts.join(', ')}`);
  }
  if (c.outreach) {
    const parts: string[] = [];
    if (c.outreach.details) parts.push('tus datos');
    if (c.outreach.drafts)
      parts.push(
        `${count(c.outreach.drafts, 'mensaje')} ${c.outreach.drafts === 1 ? 'editado' : 'editados'}`,
      );
    lines.push(`Contacto: ${parts.join(', ')}`);
  }
  if (c.conversation) {
    const parts = [`${count(c.conversation.entries, 'entrada')} en el registro`];
    if (c.conversation.debrief) parts.push('balance');
    lines.push(`Conversación: ${parts.join(', ')}`);
  }
  return lines;
};

/** On the full site: the offer of plans handed over from an embed. */
export const handoffOfferText = {
  /** The offer's heading, by the number of plans in the address. */
  heading: (plans: number) =>
    plans === 1 ? 'Un plan del kit en otro sitio' : `${plans} planes del kit en otro sitio`,
  intro: (plans: number) =>
    `Esta página se abrió con ${plans === 1 ? 'un plan' : `${plans} planes`} en su dirección, desde una herramienta insertada. No se añade nada hasta que elijas:`,
  planLabel: 'Plan',
  personLabel: 'Persona',
  contentsLabel: 'Con datos',
  noPerson: 'Sin datos',
  nothing: 'Nada todavía',
  sections,
  /**
   * One plan of several, on one line: its name, the person where that adds to the name, and
   * what is filled in.
   */
  planLine: (c: PlanContents): string => {
    const person = c.person.filter((part) => part !== c.name);
    const lines = sections(c);
    return `${c.name}${person.length ? ` (${person.join(', ')})` : ''}: ${lines.length ? lines.join('; ') : 'nada todavía'}`;
  },
  add: 'Añadir a mis planes',
  /** The one plan handed over is the student's already, in another version. */
  exists: (name: string) =>
    `Ya tienes este plan, como «${name}». Si lo añades, se crea una copia junto al tuyo; el tuyo no cambia.`,
  /** Of several plans, these are the student's already, in another version. */
  copies: (names: string[]) =>
    `Ya tienes ${quoted(names)} en otra versión: si los añades, se crea una copia junto a ${names.length === 1 ? 'el tuyo, que no cambia' : 'cada uno de los tuyos, que no cambian'}.`,
  /** Of several plans, these are the student's already, as they are. */
  same: (names: string[]) =>
    `Ya tienes ${quoted(names)} tal cual, así que no ${names.length === 1 ? 'se añade' : 'se añaden'} otra vez.`,
  /** Every plan handed over is the student's already, as it is. */
  allHere: (plans: number) =>
    plans === 1
      ? 'Ya tienes este plan aquí, tal cual. No hace falta añadir nada.'
      : 'Ya tienes todos estos planes aquí, tal cual. No hace falta añadir nada.',
  addCopy: 'Añadir como copia',
  copySuffix: ' (copia)',
  decline: 'No añadir',
  /** Added these plans (by name), and the student now works on `current`. */
  added: (names: string[], current: string) =>
    names.length === 1 && names[0] === current
      ? `Se añadió «${current}» a tus planes. Ahora trabajas en él.`
      : `Se ${names.length === 1 ? `añadió «${names[0]}»` : `añadieron ${names.length} planes`} a tus planes. Ahora trabajas en «${current}».`,
  inMemory:
    'Este navegador no está guardando, así que dura hasta que cierres la pestaña: exporta tus planes para conservarlos.',
  declined: 'No se añadió. Tus planes siguen como estaban.',
  noRoom:
    'No hay espacio suficiente en el almacenamiento del navegador para estos planes, así que no se cambió nada. Exporta tus planes y borra los que ya no necesites; luego vuelve a elegir.',
  errorHeading: 'No se pudieron leer los planes de esta dirección',
  errors: {
    damaged:
      'El enlace está dañado o se cortó al copiarlo. No se cambió nada. Vuelve a pulsar «Seguir en el sitio completo» en la herramienta insertada, o pasa los planes con «Exportar todos los planes» e «Importar planes de un archivo».',
    'not-a-plan':
      'Lo que contiene no es un plan de este kit, o viene de una versión más nueva. No se cambió nada.',
    'too-long':
      'Tiene un campo más largo de lo que admiten los formularios del kit, así que no se creó aquí. No se cambió nada.',
  },
  dismiss: 'Cerrar',
} as const;

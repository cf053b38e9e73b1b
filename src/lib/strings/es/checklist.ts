/**
 * Spanish wording of the prep checklist (src/lib/strings/checklist.ts): the same keys and
 * {placeholders}, tú to the student.
 */
export const checklistText = {
  stages: {
    before: 'Antes de la conversación',
    during: 'Durante la conversación',
    after: 'Después de la conversación',
  },
  progress: '{done} de {total} hechos',
  overall: 'Todos los pasos',
  progressOf: 'Progreso: {what}',
  announce: '{done} de {total} pasos hechos.',
  /** Above the plan's introduction, first on the printed checklist. */
  introduction: 'Mi presentación',
  guide: 'Guía: {title}',
  /** Beside a step the conversation log proves done (its box is ticked and fixed). */
  logged: 'Hecho: en tu registro de conversaciones, {date}.',
  tool: 'Herramienta: {name}',
  addLabel: 'Añade tu propio paso a «{stage}»',
  add: 'Añadir',
  added: 'Añadido: «{text}».',
  remove: 'Quitar',
  removeLabel: 'Quitar tu paso «{text}»',
  removed: 'Quitado: «{text}».',
  notes: 'Notas de esta conversación',
  notesHint: 'Nombres, consejos y recursos para dar seguimiento.',
  reset: 'Reiniciar la lista',
  resetConfirm: '¿Borrar todas las marcas y tus propios pasos de este plan? Tus notas se quedan.',
  resetDone: 'Lista reiniciada.',
  undo: 'Deshacer el reinicio',
  undone: 'Reinicio deshecho.',
};

/** Wording of the checklist page and the printable blank sheet (server-rendered only). */
export const checklistPageText = {
  title: 'Lista de preparación',
  description:
    'Cada paso antes, durante y después de una entrevista informativa, y por qué importa. Marca los pasos, añade los tuyos, imprímela.',
  intro:
    'Sigue los pasos de una conversación. Tus marcas, tus pasos y tus notas se guardan con el plan en este navegador.',
  printHint: 'Si imprimes esta página, imprimes este plan, con tus marcas y notas.',
  blankSheet: 'Una lista en blanco para imprimir en talleres',
  noscript:
    'Las marcas se guardan en este navegador cuando JavaScript está activado. Sin él puedes leer e imprimir la lista.',
  print: {
    title: 'Lista de preparación para imprimir',
    description:
      'Una lista en blanco de una página para preparar una entrevista informativa, con una página rayada para notas, para talleres y clases.',
    heading: 'Lista para preparar una entrevista informativa',
    intro:
      'Una lista en blanco para talleres y clases. Imprímela desde el navegador (Ctrl+P o ⌘P): los pasos caben en una página y la segunda está rayada para notas, en carta o A4.',
    toolLink: 'Mejor lleva tu propia lista en este navegador',
    who: 'Hablo con',
    when: 'Fecha',
    notesTitle: 'Notas',
    notesFields: ['Nombre', 'Puesto y organización', 'Fecha y hora', 'Cómo nos conocemos'],
  },
} as const;

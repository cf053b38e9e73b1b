/**
 * Spanish wording of the plan hand-off (src/lib/strings/handoff.ts, the same shape): "Seguir en
 * el sitio completo" in a Spanish embed, and the offer a Spanish tool page shows.
 */

/** In the embed: the control and what it says after it is pressed. */
export const handoffSendText = {
  /** The control in the embed's footer. */
  button: 'Seguir en el sitio completo',
  /** The tab opened, carrying one plan ({name}) or {n} plans. */
  opened: {
    one: 'Se abrió el sitio completo en una pestaña nueva con «{name}». Elige allí «Añadir a mis planes» para conservarlo.',
    other:
      'Se abrió el sitio completo en una pestaña nueva con tus {n} planes. Elige allí «Añadir a mis planes» para conservarlos.',
  },
  /** The plans do not fit in a link: they were downloaded as the export file instead. */
  tooLarge: {
    one: 'Este plan es demasiado grande para ir en un enlace ({length} caracteres; un enlace admite hasta {max}), así que se descargó en un archivo. En el sitio completo, abre «Renombrar, borrar, exportar o importar» y elige «Importar planes de un archivo».',
    other:
      'Tus {n} planes son demasiado grandes para ir en un enlace ({length} caracteres; un enlace admite hasta {max}), así que se descargaron en un archivo. En el sitio completo, abre «Renombrar, borrar, exportar o importar» y elige «Importar planes de un archivo».',
  },
  /** The browser (or the host site's frame settings) stopped the new tab. */
  blocked: 'El navegador no abrió una pestaña nueva. Usa este enlace, que lleva tus planes:',
  blockedLink: 'Abrir el sitio completo con tus planes',
  /** CompressionStream missing (a browser older than 2023) or failing. */
  failed:
    'Este navegador no puede meter tus planes en un enlace. Usa «Exportar todos los planes» en la barra del plan e importa el archivo en el sitio completo.',
  fileName: 'planes-de-entrevistas.json',
} as const;

/** On the full site: the offer of plans handed over from an embed. */
export const handoffOfferText = {
  /** The offer's heading, by the number of plans in the address. */
  heading: {
    one: 'Un plan del kit en otro sitio',
    other: '{n} planes del kit en otro sitio',
  },
  intro: {
    one: 'Esta página se abrió con un plan en su dirección, desde una herramienta insertada. No se añade nada hasta que elijas:',
    other:
      'Esta página se abrió con {n} planes en su dirección, desde una herramienta insertada. No se añade nada hasta que elijas:',
  },
  planLabel: 'Plan',
  personLabel: 'Persona',
  contentsLabel: 'Con datos',
  noPerson: 'Sin datos',
  nothing: 'Nada todavía',
  /** What a plan holds, one line per section with content. */
  sections: {
    checklist: 'Lista: {parts}',
    questions: 'Preguntas: {parts}',
    outreach: 'Contacto: {parts}',
    conversation: 'Conversación: {parts}',
  },
  parts: {
    ticked: { one: '{n} paso marcado', other: '{n} pasos marcados' },
    own: { one: '{n} paso propio', other: '{n} pasos propios' },
    notes: 'notas',
    questions: { one: '{n} pregunta', other: '{n} preguntas' },
    answered: '{n} con notas de respuesta',
    details: 'tus datos',
    drafts: { one: '{n} mensaje editado', other: '{n} mensajes editados' },
    entries: { one: '{n} entrada en el registro', other: '{n} entradas en el registro' },
    debrief: 'balance',
  },
  /** One plan of several, on one line. */
  planLine: '{name}{person}: {contents}',
  planPerson: ' ({person})',
  planEmpty: 'nada todavía',
  /** A plan's name in a sentence that lists names. */
  quote: '«{name}»',
  add: 'Añadir a mis planes',
  /** The one plan handed over is the student's already, in another version. */
  exists:
    'Ya tienes este plan, como «{name}». Si lo añades, se crea una copia junto al tuyo; el tuyo no cambia.',
  /** Of several plans, these are the student's already, in another version. */
  copies: {
    one: 'Ya tienes {names} en otra versión: si lo añades, se crea una copia junto al tuyo, que no cambia.',
    other:
      'Ya tienes {names} en otra versión: si los añades, se crea una copia junto a cada uno de los tuyos, que no cambian.',
  },
  /** Of several plans, these are the student's already, as they are. */
  same: {
    one: 'Ya tienes {names} tal cual, así que no se añade otra vez.',
    other: 'Ya tienes {names} tal cual, así que no se añaden otra vez.',
  },
  /** Every plan handed over is the student's already, as it is. */
  allHere: {
    one: 'Ya tienes este plan aquí, tal cual. No hace falta añadir nada.',
    other: 'Ya tienes todos estos planes aquí, tal cual. No hace falta añadir nada.',
  },
  addCopy: 'Añadir como copia',
  copySuffix: ' (copia)',
  decline: 'No añadir',
  /** Added the one plan the student now works on. */
  addedCurrent: 'Se añadió «{current}» a tus planes. Ahora trabajas en él.',
  /** Added one plan or {n}, and the student now works on {current}. */
  added: {
    one: 'Se añadió «{name}» a tus planes. Ahora trabajas en «{current}».',
    other: 'Se añadieron {n} planes a tus planes. Ahora trabajas en «{current}».',
  },
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

/**
 * Textos del índice de herramientas en español (/es/tools/) y de las listas de herramientas de
 * ese índice y de la página de inicio. Los nombres de las herramientas están en embed.ts.
 */

/** Una línea sobre lo que hace cada herramienta, bajo su nombre en cada lista. */
export const toolSummaries = {
  'question-builder':
    'Elige preguntas de un banco grande, ajústalas a 15 o 45 minutos e imprime una hoja.',
  outreach:
    'Escribe un correo, una nota de LinkedIn o un mensaje de texto, revisado mientras escribes según lo que enseñan los orientadores.',
  checklist: 'Cada paso antes, durante y después de la conversación, marcado a medida que avanzas.',
  introduction:
    'Escribe los 30 segundos en que hablas de ti al empezar, y cronométralos en voz alta.',
  conversations:
    'Todas las personas con quienes quieres hablar en un solo lugar: cómo va cada conversación y qué toca después.',
  organizations:
    'Anota unas 40 organizaciones donde te gustaría trabajar, puntúalas, mira a quién conoces en cada una y empieza por las cinco primeras.',
};

/** El índice de herramientas (/es/tools/). */
export const toolsIndex = {
  title: 'Herramientas',
  description:
    'Herramientas gratis para tus entrevistas informativas que funcionan en tu navegador: preguntas, mensajes, una lista de pasos, tu presentación y el seguimiento de cada conversación.',
  lead: 'Cada herramienta te ayuda con una parte de la conversación, desde el primer mensaje hasta el agradecimiento. Todas usan los mismos planes: una persona que añades en una aparece en las demás. Nada de lo que escribes sale de este navegador.',
  more: {
    before: '¿Prefieres el papel? Casi todas las herramientas tienen una',
    sheets: { label: 'hoja para imprimir', href: '/print/' },
    between: '. Los centros de carreras también pueden',
    embed: { label: 'poner las herramientas en su propio sitio web (en inglés)', href: '/embed/' },
    after: '.',
  },
} as const;

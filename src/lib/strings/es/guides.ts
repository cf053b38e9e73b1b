/**
 * Textos alrededor de las guías en español: el índice, los recuadros dentro de una guía, el
 * índice de la página, los enlaces anterior y siguiente y las llamadas a las herramientas. El
 * texto de cada guía está en src/content/guides/es/.
 */

/** El índice de guías (/es/guides/). */
export const guidesIndex = {
  title: 'Guías',
  description:
    'Un curso corto sobre entrevistas informativas: por qué ayudan, con quién hablar y cómo escribir, prepararte, conversar y dar seguimiento.',
  lead: 'Páginas cortas y prácticas que te llevan de «¿y esto qué es?» a tu primera conversación, y más allá. Léelas en orden o ve directo a lo que necesitas.',
} as const;

/** Etiquetas de los recuadros de ejemplo, por el `kind` de un `<Example>`. */
export const exampleLabels = {
  message: 'Mensaje de ejemplo',
  questions: 'Preguntas de ejemplo',
  agenda: 'Agenda de ejemplo',
  script: 'Lo que podrías decir',
  plan: 'Plan de ejemplo',
} as const;

/** Títulos y etiquetas de cada guía. */
export const guideLabels = {
  takeaways: 'Lo más importante',
  tip: 'Consejo',
  toc: 'En esta página',
  pager: 'Curso',
  previous: 'Anterior',
  next: 'Siguiente',
  breadcrumb: 'Ruta de navegación',
  guidesHome: 'Guías',
  minRead: 'min de lectura',
  updated: 'Actualizada el',
  sectionGuides: 'Guías de esta parte',
  printedFrom: 'Impreso desde',
  practice: 'Ponlo en práctica',
  nextSection: 'Luego sigue con:',
  filter: 'parte',
} as const;

/** Qué hace cada herramienta, para quien acaba de leer una guía. */
export const toolCallouts = {
  'question-builder': {
    name: 'Lista de preguntas',
    href: '/tools/question-builder/',
    pitch: 'Elige preguntas que quepan en tu tiempo, pon primero las mejores e imprime una hoja.',
    action: 'Prepara tus preguntas',
  },
  outreach: {
    name: 'Mensajes',
    href: '/tools/outreach/',
    pitch:
      'Escribe una petición corta y personal, y revísala mientras escribes: largo, tono y una petición clara.',
    action: 'Escribe tu mensaje',
  },
  checklist: {
    name: 'Lista de pasos',
    href: '/tools/checklist/',
    pitch:
      'Marca cada paso antes, durante y después de cada conversación, y guárdalo en este dispositivo.',
    action: 'Abre la lista',
  },
  introduction: {
    name: 'Presentación de 30 segundos',
    href: '/tools/introduction/',
    pitch:
      'Escribe tu presentación de 30 segundos en cuatro partes cortas, mira cuánto dura y cronométrate en voz alta.',
    action: 'Prepara tu presentación',
  },
  conversations: {
    name: 'Conversaciones',
    href: '/tools/conversations/',
    pitch:
      'Ve a todas las personas con quienes quieres hablar, lo que toca hoy, y convierte los nombres que te sugieran en tus próximas conversaciones.',
    action: 'Abre tus conversaciones',
  },
  organizations: {
    name: 'Organizaciones objetivo',
    href: '/tools/organizations/',
    pitch:
      'Anota los lugares donde te gustaría trabajar, puntúa cada uno, mira a quién conoces ya ahí y empieza por los cinco primeros.',
    action: 'Haz tu lista',
  },
} as const;

/** El párrafo con que empieza la página de cada parte. */
export const sectionIntros = {
  why: 'Antes de escribirle a nadie, conviene saber para qué sirven estas conversaciones. Una entrevista informativa es una conversación breve para aprender sobre un trabajo, no para pedirlo. Estas dos guías cortas explican qué es, qué no es y por qué unas pocas pueden cambiar tus planes.',
  who: 'Conoces a más gente de lo que crees. Empieza por las personas más cercanas, practica y luego sigue con exalumnos, LinkedIn, eventos y las personas que te recomienden.',
  how: 'Toda la conversación, paso a paso: una petición corta, una hora de preparación, veinte buenos minutos, un agradecimiento y un plan para tu primer mes.',
} as const;

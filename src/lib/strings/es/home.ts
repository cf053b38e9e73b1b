/** Textos de la página de inicio en español (/es/). Su título es el nombre del sitio. */

/** Resumen para buscadores y vistas previas de enlaces. */
export const homeDescription =
  'Aprende a tener entrevistas informativas: conversaciones breves con personas cuyo trabajo te interesa. Guías y herramientas gratis que funcionan en tu navegador.';

/** La apertura: qué es una entrevista informativa y por dónde empezar. */
export const hero = {
  heading: 'Conoce un trabajo de la mano de quien lo hace',
  lead: 'Una entrevista informativa es una conversación breve para aprender sobre un trabajo, no para pedirlo. Le preguntas a alguien qué hace, cómo llegó ahí y qué te aconseja.',
  start: { label: 'Empieza por lo básico', href: '/guides/what-is-an-informational-interview/' },
  browse: { label: 'Ver todas las guías', href: '/guides/' },
} as const;

/** El camino «empieza aquí»: una guía por cada paso de una primera conversación. */
export const path = {
  heading: 'Empieza aquí: seis pasos hasta tu primera conversación',
  intro: {
    before: 'Cada paso es una guía corta. Léelas en orden o ve directo a la que necesites. El',
    link: { label: 'plan de un mes', href: '/guides/one-month-plan/' },
    after: 'las junta todas.',
  },
  steps: [
    {
      step: 'Entiende',
      text: 'Qué son estas conversaciones, qué no son y por qué funcionan.',
      href: '/guides/what-is-an-informational-interview/',
    },
    {
      step: 'Busca personas',
      text: 'Empieza por tu familia y tus amistades; luego, exalumnos, LinkedIn y eventos.',
      href: '/guides/who-to-ask/',
    },
    {
      step: 'Escribe',
      text: 'Un mensaje corto y personal, de menos de 100 palabras.',
      href: '/guides/reaching-out/',
    },
    {
      step: 'Prepárate',
      text: 'Una presentación de 30 segundos y de 5 a 10 buenas preguntas.',
      href: '/guides/preparing/',
    },
    {
      step: 'Conversa',
      text: 'Una agenda de 20 minutos: escucha, toma notas y termina a tiempo.',
      href: '/guides/during-the-conversation/',
    },
    {
      step: 'Sigue en contacto',
      text: 'Da las gracias en menos de 24 horas y mantén el contacto.',
      href: '/guides/after-the-conversation/',
    },
  ],
} as const;

/** Una sección breve para la familia del estudiante, con su enlace a la página para familias. */
export const families = {
  heading: 'Para tu familia',
  text: {
    before: '¿Tu familia no entiende por qué le preguntas a gente desconocida por su trabajo? La',
    link: { label: 'página para familias', href: '/families/' },
    after: 'se lo explica en pocos minutos y les cuenta cómo pueden ayudarte.',
  },
} as const;

/** La sección de herramientas; sus tarjetas son todas las herramientas. */
export const tools = {
  heading: 'Herramientas que se quedan en tu dispositivo',
  intro:
    'Sin cuenta y sin instalar nada. Lo que escribes se guarda solo en este navegador, y puedes imprimirlo todo para un taller o para un día sin conexión.',
} as const;

/**
 * Textos de todo el sitio, en español (la versión inglesa, con sus comentarios, está en
 * ../site.ts). Las direcciones son las inglesas: los componentes las llevan a /es/ cuando la
 * página existe en español.
 */

/** Navegación principal, en el orden en que se muestra. */
export const nav = [
  { href: '/guides/', label: 'Guías' },
  { href: '/tools/question-builder/', label: 'Preguntas' },
  { href: '/tools/outreach/', label: 'Mensajes' },
  { href: '/tools/checklist/', label: 'Lista de pasos' },
  { href: '/tools/introduction/', label: 'Presentación' },
  { href: '/tools/conversations/', label: 'Conversaciones' },
  { href: '/tools/organizations/', label: 'Organizaciones' },
] as const;

/** La promesa de privacidad del pie de página. */
export const privacyLine =
  'Todo lo que escribes se queda en este navegador. Sin cuentas, sin rastreo y sin enviar nada a nadie.';

/** Nombres de las partes del curso de guías, por el campo `section` de cada guía. */
export const sectionNames = {
  why: 'Por qué tener estas conversaciones',
  who: 'Con quién hablar',
  how: 'Cómo hacerlo bien',
} as const;

/** Una línea sobre cada parte. */
export const sectionSummaries = {
  why: 'Para qué sirve una entrevista informativa: una conversación breve para aprender sobre un trabajo, no para pedirlo.',
  who: 'Dónde encontrar personas con quienes hablar, empezando por lo más fácil.',
  how: 'Escribir, prepararte, conversar y dar las gracias después.',
} as const;

/** El nombre de este idioma en este idioma, para el enlace que cambia de idioma. */
export const languageName = 'Español';

/** El enlace que permite saltar la cabecera con el teclado. */
export const skipLink = 'Ir al contenido';

/** El buscador de la cabecera, que abre la página de búsqueda. */
export const headerSearch = {
  label: 'Buscar en las guías',
  placeholder: 'Buscar guías',
  button: 'Buscar',
  nav: 'Principal',
} as const;

/** Enlaces del pie de página, en el orden en que se muestran. */
export const footerLinks = [
  { href: '/guides/', label: 'Todas las guías' },
  { href: '/tools/', label: 'Todas las herramientas' },
  { href: '/families/', label: 'Para las familias' },
  { href: '/embed/', label: 'Para centros de carreras: las herramientas en tu web (en inglés)' },
  { href: '/workshop/', label: 'Guion de un taller (en inglés)' },
  { href: '/privacy/', label: 'Privacidad' },
  { href: '/accessibility/', label: 'Accesibilidad' },
  { href: '/print/', label: 'Hojas para imprimir' },
] as const;

/** La última línea del pie: quién ofrece esta copia del sitio. */
export const runBy = 'Lo ofrece {organization}.';

/** Palabras entre los elementos de una lista de alternativas: «a, b o c». */
export const listWords = { between: ', ', last: ' o ' } as const;

/**
 * Textos de la herramienta de organizaciones objetivo (página, isla, hoja para imprimir e
 * inserción) y de lo que la página de conversaciones muestra sobre organizaciones (la segunda
 * persona y el panel «Qué te funciona»). Las palabras que cambian con un número llevan sus
 * formas por categoría de Intl.PluralRules (`one`, `many`, `other`).
 */
import type {
  organizationsPage as English,
  organizationsPrint as EnglishPrint,
  organizationsText as EnglishText,
  targetsText as EnglishTargets,
} from '../organizations';
import type { Translation } from '../../i18n/lang';

export const organizationsPage: Translation<typeof English> = {
  title: 'Organizaciones objetivo',
  description:
    'Haz una lista de unas 40 organizaciones donde te gustaría trabajar, puntúa cada una, mira a quién conoces ya en ellas y empieza por las cinco primeras.',
  intro:
    'Anota los lugares donde te gustaría trabajar, puntúa cuánto te atrae cada uno y cuántas ofertas publica, y mira dónde conoces ya a alguien. La lista se ordena sola: empieza por las cinco primeras y escribe a una persona de cada una.',
  guide: { label: 'Cómo hacer tu lista de organizaciones', href: '/guides/target-list/' },
  printHint: '¿Prefieres papel?',
  blankSheet: 'Una lista en blanco para imprimir',
  noscript:
    'La lista se guarda en este navegador cuando JavaScript está activado. Sin él puedes usar la hoja para imprimir.',
};

export const organizationsText: Translation<typeof EnglishText> = {
  add: {
    label: 'Añade una organización',
    hint: 'Las que sueñas, las que tienen exalumnos de tu escuela, las que contratan y las que salen en las noticias.',
    button: 'Añadir',
    added: 'Añadiste {name}.',
    known: '{name} ya está en tu lista.',
    restored: '{name} vuelve a tu lista.',
  },
  count: {
    one: '{n} organización en tu lista. Apunta a unas {goal}.',
    other: '{n} organizaciones en tu lista. Apunta a unas {goal}.',
  },
  empty:
    'Tu lista está vacía. Añade organizaciones arriba o lee tus contactos de LinkedIn abajo; cada persona que añades en la página de conversaciones trae también su organización.',
  heading: 'Tu lista, de mejor a peor',
  sortNote:
    'Ordenada por Motivación, luego Ofertas y luego Apoyo. Empieza por las cinco marcadas «Empieza aquí».',
  filter: 'Filtra por nombre',
  noMatch: 'Ninguna organización de tu lista coincide con «{query}».',
  top: 'Empieza aquí',
  rank: 'Número {n}',
  motivation: {
    label: 'Motivación',
    of: 'para {name}',
    levels: ['0: sin puntuar', '1: algo de interés', '2: mucho interés', '3: la de tus sueños'],
  },
  postings: {
    label: 'Ofertas',
    levels: { none: 'Ninguna vista', some: 'Algunas', many: 'Muchas' },
  },
  advocacy: {
    label: 'Apoyo',
    yes: { one: 'Sí: conoces a {n} persona ahí', other: 'Sí: conoces a {n} personas ahí' },
    no: 'Aún no: no conoces a nadie ahí',
  },
  people: 'Personas que conoces en {name}',
  planLink: 'Abre a {name} en la herramienta de mensajes',
  profile: 'Perfil de LinkedIn',
  profileOf: 'Perfil de LinkedIn de {name}',
  write: 'Escribe a {name}',
  writeFailed: 'No queda espacio en este navegador para un plan nuevo. No cambió nada.',
  remove: 'Quitar',
  removeLabel: 'Quitar {name} de tu lista',
  removed: 'Quitaste {name}. Puedes devolverla desde «Quitadas».',
  removedHeading: 'Quitadas',
  restore: 'Devolver',
  restoreLabel: 'Devolver {name} a tu lista',
  notSaved: 'El espacio de este navegador está lleno, así que ese cambio no se guardó.',
  corrupt:
    'No se pudieron leer tus organizaciones guardadas: una copia quedó aparte con el nombre «{key}» y la lista empieza vacía.',
  known: {
    heading: 'A quién conoces ya',
    text: 'LinkedIn te deja descargar tus contactos en un archivo llamado Connections.csv (Configuración, Privacidad de datos, Obtener una copia de tus datos). Elígelo aquí para ver las organizaciones donde trabajan, con más contactos primero. El archivo se lee en este navegador y no se envía a ninguna parte; solo se guardan las organizaciones que añades, con las personas que trabajan ahí.',
    file: 'Tu Connections.csv',
    reading: 'Leyendo tus contactos…',
    read: {
      one: 'Leíste {n} contacto en {orgs} organizaciones.',
      other: 'Leíste {n} contactos en {orgs} organizaciones.',
    },
    errors: {
      tooBig:
        'Ese archivo pasa de 5 MB. Una descarga de contactos de LinkedIn es mucho más pequeña: revisa que sea Connections.csv.',
      binary: 'Ese archivo no es un CSV. Elige el Connections.csv de tu descarga de LinkedIn.',
      empty: 'Ese archivo está vacío.',
      noCompany:
        'Ese archivo no tiene columna de empresa (Company), así que no dice dónde trabajan tus contactos. No se añadió nada. Elige el Connections.csv de tu descarga de LinkedIn.',
      noRows: 'Ningún contacto de ese archivo tiene empresa.',
    },
    find: 'Busca una organización entre tus contactos',
    choose: 'Elige las organizaciones que quieres añadir a tu lista',
    connections: { one: '{n} contacto', other: '{n} contactos' },
    onList: 'ya en tu lista',
    more: 'Muestra más organizaciones',
    addChosen: { one: 'Añade {n} organización', other: 'Añade {n} organizaciones' },
    noneChosen: 'Marca antes al menos una organización.',
    addedChosen: {
      one: 'Añadiste {n} organización con las personas que conoces ahí.',
      other: 'Añadiste {n} organizaciones con las personas que conoces ahí.',
    },
  },
};

export const targetsText: Translation<typeof EnglishTargets> = {
  link: 'Tus organizaciones objetivo: a quién conoces en cada una y por dónde empezar',
  second: {
    heading: 'Escribe a una segunda persona',
    waiting: '{name}, de {org}, no responde desde el {date}.',
    writeTo: 'Escribe a {name}, de {org}',
    findSomeone: 'Busca a otra persona en {org}',
    nudgeNote: 'Mantén el recordatorio a {name} a la semana, como tenías previsto.',
    failed: 'No queda espacio en este navegador para un plan nuevo. No cambió nada.',
  },
  working: {
    heading: 'Qué te funciona',
    intro: 'Contado a partir de tus registros de conversación, en este dispositivo.',
    all: {
      one: '{sent} petición enviada por ahora; con respuesta: {replies}.',
      other: '{sent} peticiones enviadas por ahora; con respuesta: {replies}.',
    },
    byChannel: 'Según cómo escribiste',
    byConnection: 'Según cómo las conoces',
    line: {
      one: '{label}: {replies} respuesta de {sent}',
      other: '{label}: {replies} respuestas de {sent}',
    },
    typical: {
      one: 'Lo normal fue recibir respuesta {n} día después de escribir.',
      other: 'Lo normal fue recibir respuesta {n} días después de escribir.',
    },
    sameDay: 'Lo normal fue recibir respuesta el mismo día.',
    noReplyYet: 'Aún no hay respuestas: una semana sin ellas es normal.',
    channels: {
      email: 'Correo',
      linkedin: 'LinkedIn',
      'alumni-platform': 'Plataforma de exalumnos',
      other: 'Otros medios',
      unsaid: 'Medio sin anotar',
    },
    connections: {
      alumni: 'Exalumnos',
      referral: 'Recomendación',
      linkedin: 'Contacto de LinkedIn',
      event: 'Conocidos en un evento',
      personal: 'Amistades y familia',
      other: 'Otra relación',
      cold: 'Sin relación previa',
    },
  },
};

export const organizationsPrint: Translation<typeof EnglishPrint> = {
  title: 'Lista de organizaciones para imprimir',
  description:
    'Una lista en blanco de 40 organizaciones para llenar a mano: Apoyo, Motivación y Ofertas de cada una, y por dónde empezar.',
  heading: 'Mis organizaciones objetivo',
  intro:
    'Anota unas 40 organizaciones y puntúa cada una. Numera primero las cinco mejores: son por donde empiezas. Imprime con tu navegador (Ctrl+P o ⌘P).',
  toolLink: 'Mejor guarda tu lista en este navegador',
  columns: {
    name: 'Organización',
    advocacy: 'Apoyo (a quién conoces)',
    motivation: 'Motivación (0–3)',
    postings: 'Ofertas (ninguna, algunas, muchas)',
    top: 'Cinco primeras',
  },
  key: 'Motivación: 3 es la de tus sueños; 0, sin interés por ahora. Ofertas: cuántas vacantes viste ahí. Apoyo: un nombre si conoces a alguien ahí.',
};

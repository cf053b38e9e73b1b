/**
 * Textos que solo se cargan al importar o exportar conversaciones, en español (inglés:
 * ../conversations-files.ts, con la misma forma): la vista previa de la importación, por qué no
 * se pudo leer un archivo o una fila, los encabezados de columna del CSV (y los otros que la
 * importación reconoce), las etapas y los próximos pasos tal como los escriben los archivos, y
 * las notas del calendario. La importación reconoce los encabezados en los dos idiomas.
 */
import type { LogKind, NextStepKind, Stage } from '../../conversations/log';

/** La vista previa de la importación: elegir a quién añadir desde un archivo. */
export const importPreviewText = {
  previewHeading: 'Personas en {file}',
  found: { one: 'Se leyó {file}: {n} persona.', other: 'Se leyó {file}: {n} personas.' },
  startAll: 'Están todas elegidas; desmarca a quien no quieras añadir.',
  startNone:
    'Todavía no hay nadie elegido: usa el filtro y las casillas para elegir a quién añadir.',
  startSome: {
    one: '{n} persona elegida; las demás ya están en tus conversaciones.',
    other: '{n} personas elegidas; las demás ya están en tus conversaciones.',
  },
  problems: {
    one: '{n} fila no se pudo leer y queda fuera:',
    other: '{n} filas no se pudieron leer y quedan fuera:',
  },
  line: 'Línea {n}',
  filterLabel: 'Filtrar por nombre, puesto u organización',
  chooseAll: { one: 'Elegir a {n} persona', other: 'Elegir las {n} personas' },
  chooseMatching: {
    one: 'Elegir a {n} persona que coincide',
    other: 'Elegir las {n} personas que coinciden',
  },
  clearChosen: 'No elegir a nadie',
  chosen: { one: '{n} persona elegida de {total}.', other: '{n} personas elegidas de {total}.' },
  showing: {
    one: 'Se muestran las primeras {shown} de {n} persona; filtra para encontrar las demás.',
    other: 'Se muestran las primeras {shown} de {n} personas; filtra para encontrar las demás.',
  },
  noMatch: 'Nadie del archivo coincide con ese filtro.',
  columns: {
    name: 'Nombre',
    work: 'Puesto y organización',
    connection: 'Conexión',
    line: 'Línea del archivo',
  },
  already: 'Ya está en tus conversaciones',
  add: { one: 'Añadir {n} persona', other: 'Añadir {n} personas' },
  addNone: 'Añadir a las personas elegidas',
  cancel: 'Cancelar',
  noneChosen: 'No hay nadie elegido: marca al menos a una persona, o cancela.',
} as const;

/** Por qué no se pudo importar un archivo; cada mensaje termina diciendo que no se cambió nada. */
export const csvErrorText = {
  tooBig:
    'Ese archivo ocupa {size} MB; la importación acepta archivos CSV de hasta 5 MB. No se cambió nada. Guarda menos filas o columnas, o divide la hoja.',
  empty: 'Ese archivo está vacío. No se cambió nada.',
  binary:
    'Ese archivo no es un archivo de texto CSV (puede ser un libro de Excel o un PDF). En tu programa de hojas de cálculo, elige «Guardar como» o «Descargar», escoge CSV e importa ese archivo. No se cambió nada.',
  json: 'Ese archivo es JSON, no CSV. Una copia de los planes de esta herramienta se importa desde la barra de planes («Renombrar, borrar, exportar o importar»). No se cambió nada.',
  noHeader:
    'Ninguna fila de ese archivo nombra sus columnas de una forma que la importación conozca, así que no se pudo leer a nadie. La primera fila de la tabla debe tener encabezados como Nombre, Organización, Puesto y Correo (el Connections.csv de LinkedIn los tiene). No se cambió nada.',
  noRows: 'Ese archivo tiene una fila de encabezados, pero nadie debajo. No se cambió nada.',
} as const;

/** Qué falla en una fila; la importación las lista por número de línea y deja la fila fuera. */
export const csvRowText = {
  noName: 'no tiene nombre.',
  badDate:
    '«{value}» en «{column}» no es una fecha que la importación lea (escribe 2026-03-14, 14/3/2026 o 14 mar 2026).',
  tooLong: 'el valor de «{column}» pasa de {max} caracteres, más de lo que permite el formulario.',
  extraCells:
    'tiene más celdas que la fila de encabezados (una coma dentro de un valor necesita comillas alrededor del valor).',
  quote: 'se abre una comilla que nunca se cierra, así que el resto del archivo quedó dentro.',
  badLog: 'no se pudo leer la celda «Registro». Vacía esa celda para usar las columnas de fechas.',
  badLogLine:
    'la celda «Registro» tiene una línea que la importación no lee: «{line}». Cada línea empieza con una fecha y lo que pasó, como en «2026-12-07 pedido (email)»; corrige esa línea o vacía la celda para usar las columnas de fechas.',
} as const;

/** Encabezados de columna del CSV exportado desde una página en español, en orden. */
export const csvColumns = {
  name: 'Nombre',
  role: 'Puesto',
  organization: 'Organización',
  field: 'Campo',
  email: 'Correo',
  connection: 'Conexión',
  referrer: 'De parte de',
  eventName: 'Evento',
  school: 'Universidad',
  stage: 'Etapa',
  asked: 'Pedido el',
  channel: 'Pedido por',
  replied: 'Respondió el',
  nudged: 'Recordado el',
  scheduled: 'Agendado para',
  talked: 'Conversación el',
  thanked: 'Agradecido el',
  referrerTold: 'Avisado quien recomendó el',
  updated: 'Últimas noticias el',
  closed: 'Cerrado el',
  reason: 'Cerrado porque',
  next: 'Próximo paso',
  nextDue: 'Fecha del próximo paso',
  notes: 'Notas',
  learned: 'Lo que aprendí',
  advice: 'Los consejos que recibí',
  log: 'Registro',
  target: 'Puesto en tu lista de organizaciones',
} as const;

/** Más encabezados en español que la importación reconoce, como los escriben otras hojas. */
export const otherHeadings = {
  name: ['nombre completo', 'contacto', 'nombre del contacto', 'persona', 'quien'],
  firstName: ['nombre de pila', 'primer nombre', 'nombres'],
  lastName: ['apellido', 'apellidos', 'primer apellido', 'segundo apellido'],
  role: ['cargo', 'titulo', 'ocupacion', 'trabajo'],
  organization: ['empresa', 'compania', 'institucion', 'organizacion', 'empleador'],
  field: ['sector'],
  email: ['correo electronico', 'email', 'e mail'],
  connection: [
    'como nos conocimos',
    'como nos conectamos',
    'como la conozco',
    'relacion',
    'tipo de conexion',
  ],
  referrer: ['recomendado por', 'presentado por', 'referido por', 'quien recomendo'],
  school: ['escuela', 'universidad en comun'],
  linkedin: ['url', 'linkedin', 'url de linkedin', 'perfil', 'perfil de linkedin'],
  connectedOn: ['conectado el'],
  asked: [
    'pedido',
    'fecha de pedido',
    'contactado',
    'contactado el',
    'fecha de contacto',
    'solicitud enviada',
  ],
  channel: ['canal', 'medio de contacto', 'medio'],
  replied: ['respondio', 'respuesta', 'fecha de respuesta', 'respondido el', 'contesto'],
  nudged: ['recordado', 'recordatorio enviado', 'seguimiento enviado', 'recordatorio'],
  scheduled: ['reunion', 'fecha de reunion', 'hora de reunion', 'agendado', 'fecha de entrevista'],
  talked: [
    'conversacion',
    'fecha de conversacion',
    'fecha de la conversacion',
    'entrevistado el',
    'hablamos el',
  ],
  thanked: [
    'agradecido',
    'agradecimiento enviado',
    'nota de agradecimiento enviada',
    'agradecimiento',
  ],
  referrerTold: ['avisado quien recomendo', 'aviso a quien recomendo'],
  updated: ['noticias enviadas', 'ultimas noticias', 'ultimo contacto', 'seguir en contacto'],
  closed: ['cerrado'],
  reason: ['motivo de cierre', 'razon de cierre', 'por que se cerro'],
  notes: ['nota', 'comentarios', 'comentario'],
  learned: ['aprendido', 'lo que aprendi', 'aprendizajes', 'ideas clave'],
  advice: ['consejos', 'consejos recibidos', 'sus consejos'],
} as const;

/** La columna Registro, una línea por entrada (el formato, en ../conversations-files.ts). */
export const csvLogText = {
  kinds: {
    asked: 'pedido',
    replied: 'respondió',
    nudged: 'recordado',
    scheduled: 'agendado',
    talked: 'conversación',
    thanked: 'agradecido',
    'referrer-told': 'avisado quien recomendó',
    'update-sent': 'noticias enviadas',
    closed: 'cerrado',
    reopened: 'reabierto',
  } satisfies Record<LogKind, string>,
  /** Antes de la hora de una reunión: "agendado para 2026-12-12 15:00". */
  meeting: 'para',
  /** Antes de la nota de una entrada. */
  note: 'nota:',
} as const;

/** Líneas de notas que escribe la importación para lo que no tiene campo propio. */
export const csvNoteText = {
  linkedin: 'Perfil de LinkedIn',
  connectedOn: 'Conectado en LinkedIn',
} as const;

/** Motivos de cierre tal como los escribe la exportación. */
export const closeReasonText = {
  'no-reply': 'Sin respuesta',
  declined: 'No aceptó',
  paused: 'En pausa',
} as const;

/** Las etapas tal como las escribe la exportación. */
export const stageText: Record<Stage, string> = {
  'to-contact': 'Por contactar',
  asked: 'Pedido',
  nudged: 'Recordado',
  scheduled: 'Agendado',
  talked: 'Conversación hecha',
  thanked: 'Agradecido',
  'keeping-in-touch': 'En contacto',
  'closed-no-reply': 'Cerrado: sin respuesta',
  'closed-declined': 'Cerrado: no aceptó',
  paused: 'En pausa',
};

/** Próximos pasos, como los escriben la exportación y el calendario; `{name}` es la persona. */
export const nextStepText: Record<NextStepKind, string> = {
  ask: 'Pedir a {name} una conversación',
  nudge: 'Recordarle a {name} si no responde',
  'close-no-reply': 'Cerrar a {name} como sin respuesta, o probar de otra forma',
  schedule: 'Acordar una hora con {name}',
  prepare: 'Conversación con {name}',
  talk: 'Conversación con {name}',
  confirm: '¿Se hizo tu conversación con {name}? Anótala',
  thank: 'Enviar una nota de agradecimiento a {name}',
  'tell-referrer': 'Contar a quien te recomendó cómo fue con {name}',
  update: 'Enviar noticias a {name} para seguir en contacto',
};

/** Las notas de los eventos del archivo de calendario. */
export const calendarText = {
  prodId: '-//{site}//Conversations//ES',
  fallbackName: 'tu contacto',
  /** Se añade a la descripción de cada evento. */
  more: 'Tu página de conversaciones en la herramienta tiene los detalles y el mensaje para enviar.',
} as const;

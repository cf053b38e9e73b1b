/**
 * Spanish wording of the conversations page, its data tools and their files
 * (src/lib/strings/conversations.ts): the same keys and {slots}, tú to the student. The import
 * recognizes the headings in both languages.
 */
import type { LogKind, NextStepKind, Stage } from '../../conversations/log';

/** Wording of the page around the island (server-rendered only). */
export const conversationsPage = {
  title: 'Conversaciones',
  description:
    'Cada persona con quien quieres hablar, de un vistazo: quién espera a quién, qué toca hoy, el balance y los nombres que te sugieren. Guardado solo en este navegador.',
  intro:
    'Cada plan es una persona: en qué punto está cada conversación, qué sigue y cuándo, con la cortesía que enseñan las guías. Nada sale de este navegador.',
  noscript:
    'Esta página lista tus planes de conversación con su etapa y el siguiente paso, y calcula qué toca hoy. Necesita JavaScript, que está desactivado. Puedes imprimir un registro en blanco y llevarlo a mano.',
  printLink: 'Un registro de conversaciones en blanco para imprimir',
  /** Heading of the first column of the printed table (the others are the cards' own labels). */
  printPerson: 'Persona',
} as const;

/** Wording of the conversations island. */
export const conversationsText = {
  /** Opens the import and export tools (loaded when opened). */
  dataTools: 'Importar de una hoja de cálculo, o descargar un CSV o un archivo de calendario',
  status: 'Estado',
  notSaved:
    'No se pudo guardar: el almacenamiento del navegador está lleno. Exporta tus planes desde una herramienta y borra los que ya no necesites.',
  empty: {
    heading: 'Empieza por una persona',
    text: 'Añade a la primera persona con quien te gustaría hablar: su nombre, dónde trabaja y de qué la conoces. Luego puedes añadir al resto.',
    guide: '¿No sabes a quién preguntar? Lee primero a quién preguntar',
    guideHref: '/guides/who-to-ask/',
  },
  add: {
    legend: 'Añadir una persona',
    name: 'Nombre',
    organization: 'Organización',
    connection: 'De qué la conoces',
    button: 'Añadir',
    needName: 'Escribe primero su nombre.',
    added: 'Añadida: {name}.',
  },
  today: {
    heading: 'Hoy',
    overdue: 'Atrasado',
    today: 'Hoy',
    week: 'Próximos 7 días',
    nothing:
      'No toca nada en los próximos 7 días. El siguiente paso de cada persona y su fecha están en su ficha, en «Todas».',
    due: 'Para el {date}',
    /** The agreed time of a conversation still to come. */
    at: '{date}',
    /** Beside "Prepare for your talk", whose own link is the question builder. */
    introduction: 'Practica tu presentación',
    ready: 'Estoy listo',
    readied: 'Listo para tu conversación con {name}. Después, Hoy te preguntará cómo fue.',
    /** Answers to "Did you talk with {name}?" */
    yes: 'Sí, hablamos',
    moved: 'Se cambió',
    missed: 'No se hizo',
    answersLabel: '¿Hablaste con {name}?',
    talked: 'Registrada tu conversación con {name}. Envía el agradecimiento en menos de un día.',
    newTime: 'Nueva fecha y hora',
    saveTime: 'Guardar la nueva hora',
    needTime: 'Indica la nueva fecha y hora.',
    movedTo: 'Tu conversación con {name} es ahora el {date}.',
    missedText: 'No pasa nada: ocurre. Busca otra hora, o ciérrala por ahora (puedes reabrirla).',
    reschedule: 'Buscar otra hora',
    closeNow: 'Cerrar por ahora',
    closed: '{name}: cerrada por ahora. Se guarda en «Cerradas».',
    done: 'Hecho',
    snooze: 'Posponer 3 días',
    marked: 'Hecho: {step}.',
    snoozed: 'Pospuesto hasta el {date}: {step}.',
  },
  steps: {
    ask: 'Escribe a {name}',
    nudge: 'Envía a {name} un recordatorio',
    'close-no-reply': '{name} no respondió: ciérrala',
    schedule: 'Acuerda una hora con {name}',
    prepare: 'Prepara tu conversación con {name}',
    talk: 'Habla con {name}',
    confirm: '¿Hablaste con {name}?',
    thank: 'Escribe el agradecimiento a {name}',
    'tell-referrer': 'Cuéntale a {referrer} cómo te fue con {name}',
    update: 'Envía una novedad a {name}',
  },
  pace: {
    heading: 'Esta semana (lun–dom)',
    line: '{requests} de {goalRequests} peticiones enviadas, {conversations} de {goalConversations} conversaciones esta semana (de lunes a domingo).',
    tooMany:
      'Son {requests} peticiones esta semana: cada una puede necesitar un recordatorio la semana que viene y luego una conversación. Piensa en espaciar las demás para poder dar seguimiento a todas.',
    goal: 'Meta semanal',
    goalRequests: 'Peticiones por semana',
    goalConversations: 'Conversaciones por semana',
    goalHint: 'El plan de un mes de las guías escribe a unas diez personas al mes.',
    goalBad: 'Una meta es un número entero del 1 al 50.',
  },
  list: {
    heading: 'Todas',
    filters: 'Buscar y ordenar',
    query: 'Buscar por nombre u organización',
    stage: 'Etapa',
    allStages: 'Todas las etapas',
    sort: 'Ordenar por',
    sorts: { next: 'Próxima fecha', stage: 'Etapa', name: 'Nombre' },
    count: '{shown} de {total} personas',
    /** Below a list shown a page at a time. */
    more: 'Ver más ({left} sin mostrar)',
    none: 'Nadie coincide. Borra la búsqueda o elige todas las etapas.',
    closedHeading: 'Cerradas',
    closedNote: 'Se guardan aquí, fuera de Hoy. Reabre una para seguir donde estaba.',
  },
  row: {
    connection: 'Relación',
    referredBy: 'de parte de {name}',
    stage: 'Etapa',
    last: 'Último',
    next: 'Siguiente',
    nothingYet: 'Nada todavía',
    noNext: 'Nada que hacer',
    open: 'Abrir',
    reopen: 'Reabrir',
    reopenLabel: 'Reabrir a {name}',
    reopened: 'Reabierta: {name}.',
    unnamed: 'Alguien sin nombre',
    /** In a next step ("Write to {name}") for a plan without the person's name: the plan's name. */
    someone: 'la persona de «{name}»',
  },
  log: {
    summary: 'Registrar lo que pasó',
    summaryWho: 'con {name}',
    kind: 'Qué pasó',
    date: 'Cuándo',
    meeting: 'Fecha y hora de la conversación',
    reason: 'Por qué',
    reasonPick: 'Elige una',
    button: 'Añadir al registro',
    logged: 'Registrado para {name}: {what}.',
    problems: {
      date: 'Indica la fecha en que pasó.',
      meeting: 'Indica la fecha y hora que acordaron.',
      reason: 'Elige por qué se cierra.',
    },
    history: 'Historial',
    remove: 'Quitar',
    removeLabel: 'Quitar «{what}» del {date}',
    removed: 'Quitado: «{what}».',
  },
  kinds: {
    asked: 'Petición enviada',
    replied: 'Respondió',
    nudged: 'Recordatorio enviado',
    scheduled: 'Hora acordada',
    talked: 'Hablamos',
    thanked: 'Agradecimiento enviado',
    'referrer-told': 'Se lo conté a quien me presentó',
    'update-sent': 'Novedad enviada',
    closed: 'Cerrada',
    reopened: 'Reabierta',
  },
  scheduledFor: 'para el {date}',
  reasons: { 'no-reply': 'Sin respuesta', declined: 'Dijo que no', paused: 'En pausa por ahora' },
  stages: {
    'to-contact': 'Por contactar',
    asked: 'Petición enviada',
    nudged: 'Recordatorio enviado',
    scheduled: 'Con fecha',
    talked: 'Hablamos',
    thanked: 'Agradecida',
    'keeping-in-touch': 'Seguimos en contacto',
    'closed-no-reply': 'Cerrada: sin respuesta',
    'closed-declined': 'Cerrada: dijo que no',
    paused: 'En pausa',
  },
  debrief: {
    summary: 'Balance',
    summaryWho: 'de tu conversación con {name}',
    intro: 'Escríbelo el mismo día, mientras lo recuerdas.',
    learned: 'Lo que aprendí',
    advice: 'Los consejos que recibí',
    nextSteps: 'Lo que haré ahora',
    nextStep: 'Algo que hacer',
    addStep: 'Añadir',
    toChecklist: 'Añadir a la lista',
    toChecklistLabel: 'Añadir «{text}» a la lista de este plan',
    inChecklist: 'En la lista',
    stepAdded: 'Añadido a la lista: «{text}».',
    removeStep: 'Quitar',
    removeStepLabel: 'Quitar «{text}»',
    suggested: 'Nombres que te sugirió',
    suggestedName: 'Nombre',
    suggestedNote: 'Puesto, organización o por qué',
    addName: 'Añadir el nombre',
    makePlan: 'Crear un plan',
    makePlanLabel: 'Crear un plan para {name}',
    planMade: 'Plan creado',
    made: 'Plan creado para {name}, de parte de {referrer}.',
    tellStep: 'Cuéntale a {name} cómo te fue',
    removeName: 'Quitar',
    removeNameLabel: 'Quitar a {name}',
  },
} as const;

// Las herramientas de datos (importar, las descargas CSV y de calendario) y la hoja de seguimiento.

/** El campo de importar, las dos descargas y lo que dicen (`{huecos}` y formas de plural). */
export const dataToolsText = {
  heading: 'Importar y exportar',
  importLabel: 'Importar desde una hoja de cálculo (CSV)',
  importHint:
    'Una hoja de tu centro de carreras o el archivo Connections.csv de LinkedIn, de hasta 5 MB. Primero ves a todas las personas del archivo y eliges a quién añadir.',
  downloadCsv: 'Descargar CSV',
  downloadCalendar: 'Descargar calendario',
  downloadHint:
    'El CSV se abre en cualquier hoja de cálculo y se puede volver a importar aquí. El archivo de calendario tiene cada paso próximo con fecha; si lo abres otra vez, actualiza esos eventos en lugar de duplicarlos.',
  csvFileName: 'conversaciones.csv',
  calendarFileName: 'conversaciones.ics',
  csvDownloaded: {
    one: 'Descargaste {n} persona en un archivo CSV.',
    other: 'Descargaste {n} personas en un archivo CSV.',
  },
  nothingToExport: 'Todavía no hay a quién exportar: primero añade a una persona.',
  calendarDownloaded: {
    one: 'Descargaste un archivo de calendario con {n} paso próximo. Ábrelo para añadirlo a tu calendario.',
    other:
      'Descargaste un archivo de calendario con {n} pasos próximos. Ábrelo para añadirlos a tu calendario.',
  },
  nothingUpcoming:
    'Ningún paso próximo tiene fecha todavía, así que no hay nada que poner en un calendario. Los pasos atrasados aparecen en Hoy.',
  added: {
    one: 'Añadiste {n} persona a tus conversaciones.',
    other: 'Añadiste {n} personas a tus conversaciones.',
  },
  cancelled: 'Importación cancelada. No se cambió nada.',
  noRoom:
    'No hay espacio suficiente en el almacenamiento de este navegador para tantas personas, así que no se añadió a nadie. Elige menos, o exporta y borra planes que ya no necesites.',
} as const;

/** La hoja de seguimiento en blanco de /print/conversations/. */
export const trackerSheetText = {
  title: 'Hoja de seguimiento de conversaciones',
  description:
    'Una hoja de una página para seguir tus entrevistas informativas: con quién, cómo se conocen y la fecha de cada paso, desde pedir la charla hasta seguir en contacto.',
  heading: 'Seguimiento de conversaciones',
  intro:
    'Imprime esta página (en horizontal cabe mejor) y escribe una persona por fila. Anota cada fecha cuando ocurra: escribe una sola vez más si pasa una semana sin respuesta, envía el agradecimiento en menos de un día y cuéntale a quien te recomendó cómo fue en menos de una semana.',
  toolLink: 'Lleva el seguimiento en tu navegador',
  caption: 'Una fila por persona',
  columns: [
    'Nombre',
    'Puesto y organización',
    'Cómo se conocen (de parte de)',
    'Pedido el (cómo)',
    'Recordado el',
    'Conversación el',
    'Agradecido el',
    'Avisado quien recomendó el',
    'Próximo paso y fecha',
  ],
  footer:
    'Recuerda una sola vez, una semana después de pedir. Agradece en menos de 24 horas. Avisa a quien te recomendó en menos de una semana. Envía noticias cada pocos meses.',
} as const;

// Lo que solo muestra o escribe una importación o una exportación: la vista previa, los mensajes
// sobre un archivo, los encabezados del CSV, las etapas y los pasos tal como los escriben los archivos.

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

/** La columna Registro, una línea por entrada (el formato, en ../conversations.ts). */
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

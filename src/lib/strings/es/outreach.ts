/**
 * Spanish wording of the outreach message tool (src/lib/strings/outreach.ts): the same keys and
 * {names}. Tú to the student; the messages themselves (usted to professionals) are the Spanish
 * templates in src/content/templates.
 */

/** Page title, summary and introduction. */
export const page = {
  title: 'Mensajes para pedir una conversación',
  description:
    'Escribe un mensaje breve y concreto para pedir una entrevista informativa, por correo, LinkedIn, texto o plataforma de exalumnos, con revisiones en vivo.',
  intro:
    'Elige cómo vas a escribirle, completa quién es y quién eres, y obtén un mensaje breve para enviar. Las revisiones de abajo señalan lo que más ven los orientadores, y todo lo que escribes se guarda con tu plan en este navegador.',
  noscript:
    'Para generar mensajes hace falta JavaScript. Abajo hay un correo de ejemplo hecho con la misma plantilla: cópialo y pon tus propios datos.',
  sampleHeading: 'Un primer correo de ejemplo',
  sampleCaption:
    'Hecho con la plantilla de correo y datos inventados. Cambia cada dato por los tuyos.',
} as const;

/** Shown in place of an empty field, in square brackets, so nothing is sent half-filled. */
export const missing = {
  theirName: 'su nombre',
  theirFirstName: 'su nombre',
  role: 'su puesto',
  organization: 'su organización',
  referrer: 'quién te recomendó',
  eventName: 'nombre del evento',
  school: 'escuela en común',
  connectionText: 'de qué la conoces',
  yourName: 'tu nombre',
  yourFirstName: 'tu nombre',
  signature: 'tu nombre',
  yourSchool: 'tu escuela o programa',
  interest: 'tu interés',
} as const;

/** Made-up details for the sample message shown without JavaScript. */
export const sample = {
  person: {
    name: 'María López',
    role: 'analista de políticas públicas',
    organization: 'la Oficina Municipal del Clima',
    connection: 'referral',
    referrer: 'la profesora Chen',
  },
  outreach: {
    senderName: 'Samuel Rivera',
    senderSchool: 'Lakeside College',
    interest: 'la política climática',
    askMinutes: 20,
    askFormat: 'video',
    tone: 'warm',
  },
} as const;

/** Cómo conoce el estudiante a la persona, tal como lo nombra el formulario. */
export const connectionLabels = {
  '': 'Aún ninguna',
  friend: 'Es amigo o amiga',
  family: 'Es de la familia',
  school: 'Misma escuela (exalumnos)',
  linkedin: 'LinkedIn',
  event: 'Nos conocimos en un evento',
  referral: 'Alguien me recomendó',
  other: 'Otra cosa',
} as const;

/** Labels of the form, the message area and the follow-up dates. */
export const ui = {
  channelLegend: 'Cómo le vas a escribir',
  channel: 'Medio',
  tone: 'Tono',
  tones: { warm: 'Cercano', formal: 'Formal' },
  themLegend: 'Sobre la persona',
  theirName: 'Su nombre',
  role: 'Su puesto o cargo',
  organization: 'Su organización',
  connection: 'Qué relación tienen',
  connections: connectionLabels,
  referrer: 'Quién te recomendó',
  eventName: 'Nombre del evento',
  school: 'La escuela que comparten',
  connectionText: 'De qué la conoces, en una frase',
  email: 'Su correo electrónico (opcional, para tu programa de correo)',
  youLegend: 'Sobre ti',
  youHint: 'Se guarda una vez y se usa en los mensajes de todos tus planes y en tu presentación.',
  ownDetails: 'Usar otros datos solo para esta persona',
  ownHint: 'Estos datos son solo para esta persona; los de siempre no cambian.',
  yourName: 'Tu nombre',
  yourSchool: 'Tu escuela o programa',
  signature: 'Cómo firmas tus mensajes (opcional)',
  signatureHint: 'Si lo dejas vacío, los mensajes terminan con tu nombre.',
  schoolHint: 'Si lo dejas vacío, es tu escuela de siempre: {school}.',
  interest: 'Tu interés general',
  interestHint: 'Un campo o tipo de trabajo, como «la política climática», no un puesto.',
  askMinutes: 'Cuánto tiempo pedir',
  minutes: '{n} minutos',
  askFormat: 'Formato',
  formats: { call: 'Llamada', video: 'Videollamada', coffee: 'Un café' },
  messageHeading: 'Tu mensaje',
  subject: 'Asunto',
  body: 'Mensaje',
  premium: 'Tengo LinkedIn Premium (300 caracteres)',
  words: '{count} palabras',
  characters: '{count} de {max} caracteres',
  edited: 'Editaste este mensaje, así que los cambios en los datos de arriba ya no lo cambian.',
  reset: 'Volver a la plantilla',
  copy: 'Copiar el mensaje',
  copySubject: 'Copiar el asunto',
  mailto: 'Abrir en tu programa de correo',
  copied: 'Mensaje copiado al portapapeles.',
  subjectCopied: 'Asunto copiado al portapapeles.',
  copyFailed: 'No se pudo copiar. Selecciona el texto y cópialo con el teclado.',
  checksHeading: 'Revisiones',
  states: { pass: 'Bien:', warn: 'Consejo:', fail: 'Para corregir:' },
  checksSummary: '{fail} para corregir, {pass} bien',
  readMore: 'Más en la guía: {title}',
  datesHeading: 'Fechas de seguimiento',
  /** "Mark as sent" for each kind of message, by the template's stage. */
  markSent: {
    first: 'Marcar como enviado hoy',
    nudge: 'Marcar el recordatorio como enviado hoy',
    thanks: 'Marcar el agradecimiento como enviado hoy',
    update: 'Marcar la novedad como enviada hoy',
  },
  unmarkSent: 'Deshacer: marcar como no enviado',
  markedSent:
    'Marcado como enviado en tu registro de conversaciones. Fechas de seguimiento al día.',
  unmarkedSent: 'Quitado de tu registro de conversaciones: no enviado.',
  sentOn: 'Primer mensaje enviado el {date}.',
  /** What the log says was sent, by the template's stage (the first message says sentOn). */
  sentKind: {
    nudge: 'Recordatorio enviado el {date}.',
    thanks: 'Agradecimiento enviado el {date}.',
    update: 'Novedad enviada el {date}.',
  },
  talkedOn: 'Hablaron el {date}.',
  nudgeOn: '¿Sin respuesta el {date}? Envía entonces un recordatorio, y solo uno.',
  meeting: '¿Cuándo es la conversación?',
  thanksBy: 'Envía tu agradecimiento antes del {date}.',
  updateOn: 'Envía una novedad para seguir en contacto hacia el {date}.',
  noDates:
    'Marca tu mensaje como enviado, o añade la fecha de la conversación, para calcular cuándo dar seguimiento.',
  download: 'Descargar recordatorios de calendario (.ics)',
  downloaded: 'Archivo de calendario descargado. Ábrelo para añadir los recordatorios.',
  printHeading: 'Mensaje',
} as const;

/** Calendar reminder titles and notes; `{name}` is the person's name. */
export const reminders = {
  nudge: 'Recordatorio a {name} si no responde',
  nudgeDetail:
    'Pasó una semana desde tu primer mensaje. Si no hay respuesta, envía un recordatorio breve y amable, y luego déjalo estar.',
  thanks: 'Enviar el agradecimiento a {name}',
  thanksDetail:
    'Envíalo en las 24 horas después de la conversación. Menciona algo concreto que dijo y qué vas a hacer con ello.',
  update: 'Enviar una novedad a {name}',
  updateDetail: 'Cuéntale qué hiciste con sus consejos y qué pasó desde que hablaron.',
  fallbackName: 'tu contacto',
  fileName: 'recordatorios-de-seguimiento.ics',
} as const;

/** One check's wording: what is fine, what to fix, why, and the guide that explains it. */
export interface CheckText {
  pass: string;
  fail: string;
  warn?: string;
  reason: string;
  /** Slug of the guide that explains the rule; the link is shown only if the guide exists. */
  guide: string;
}

/** Wording of each check. `length` covers words; `noteLength` covers the LinkedIn note. */
export const checks: Record<string, CheckText> = {
  length: {
    pass: '{count} palabras: lo bastante corto para leerlo en el teléfono.',
    warn: '{count} palabras: menos de {max}, está bien. {target} o menos es aún mejor.',
    fail: '{count} palabras: recórtalo a menos de {max}.',
    reason:
      'Los orientadores recomiendan menos de 100 palabras, para que quepa en la pantalla del teléfono sin desplazarse.',
    guide: 'reaching-out',
  },
  noteLength: {
    pass: '{count} de {max} caracteres: cabe.',
    fail: '{count} de {max} caracteres: sobran {over}. LinkedIn no lo enviará.',
    reason:
      'LinkedIn admite 200 caracteres en una cuenta gratuita y 300 con Premium. No dice cómo los cuenta, así que aquí cada emoji cuenta como dos, por si acaso.',
    guide: 'linkedin',
  },
  placeholders: {
    pass: 'No queda nada por completar.',
    fail: 'Completa o quita: {found}',
    reason: 'Un [Nombre] olvidado delata la plantilla, y la mayoría deja de leer ahí.',
    guide: 'mistakes-and-faq',
  },
  subject: {
    pass: 'El asunto dice de qué trata el correo.',
    fail: 'Pon un asunto concreto, como quién te recomendó y el tema.',
    reason: 'Un asunto claro hace que abran el correo; «Una pregunta» hace que lo salten.',
    guide: 'reaching-out',
  },
  connectionFirst: {
    pass: 'Tu relación va primero.',
    fail: 'Di de qué la conoces, o cómo la encontraste, en la primera frase.',
    reason:
      'Una escuela en común, alguien que te recomienda o un evento es lo que hace que una persona ocupada siga leyendo.',
    guide: 'reaching-out',
  },
  ask: {
    pass: 'Hay una petición clara.',
    fail: 'Termina con una pregunta clara, como si tendría 20 minutos para una llamada.',
    reason: 'Una petición pequeña y concreta es fácil de aceptar; «dígame qué le parece», no.',
    guide: 'reaching-out',
  },
  opener: {
    pass: 'Sin frases hechas.',
    fail: 'Quita la frase hecha: {found}',
    reason: 'Frases como «Por medio de la presente» gastan palabras y suenan a plantilla.',
    guide: 'mistakes-and-faq',
  },
  jobAsk: {
    pass: 'Pide consejo, no trabajo.',
    fail: 'No hables de trabajos, prácticas ni recomendaciones: {found}',
    reason:
      'Una entrevista informativa es una conversación para aprender. Pedir trabajo en el primer mensaje convierte un favor en una transacción.',
    guide: 'what-is-an-informational-interview',
  },
  resume: {
    pass: 'Sin currículum ni adjuntos.',
    fail: 'Quita el currículum o el adjunto: {found}',
    reason:
      'Envía el currículum solo si te lo piden; un adjunto hace que el mensaje parezca una solicitud de empleo.',
    guide: 'mistakes-and-faq',
  },
  aboutThem: {
    pass: 'Habla más de la persona que de ti.',
    fail: 'Habla más de ti ({self} × yo, me, mi) que de la persona ({reader} × usted, su).',
    reason: 'La gente responde a mensajes sobre su propio trabajo y sus consejos.',
    guide: 'reaching-out',
  },
};

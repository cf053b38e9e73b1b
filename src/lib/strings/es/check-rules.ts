/**
 * Las listas de palabras que buscan las comprobaciones del mensaje, en español (inglés:
 * ../check-rules.ts). Cada entrada es un fragmento de expresión regular que se busca sin
 * distinguir mayúsculas, como palabra o palabras completas, también con tildes (los límites de
 * palabra reconocen cualquier letra: "currículum" sí, "curriculares" no).
 */
import type { MessageRules } from '../../outreach/checks';
import type { IntroRules } from '../../introduction/checks';

export const messageRules: MessageRules = {
  // Los artículos del español dependen del género, que no se sabe: las plantillas no los usan
  // delante de un marcador ("como {role}", "en {organization}").
  articles: false,
  greeting: [
    'hola',
    'estimad[oa]s?(?:/[oa])?',
    'querid[oa]s?',
    'buen(?:os)? d[ií]as?',
    'buenas(?: tardes| noches)?',
    'saludos',
  ],
  // Frases de carta de formulario (y el calco "Espero que se encuentre bien").
  opener: [
    'por medio de la presente',
    'me pongo en contacto con usted',
    'sin otro particular',
    'quedo a la espera de su respuesta',
    'quedo a su disposición',
    'agradeciendo de antemano',
    'a quien corresponda',
    'a quien pueda interesar',
    'muy señor mío',
    'muy señora mía',
    'espero que se encuentre bien',
    'espero que este (?:correo|mensaje) le encuentre bien',
  ],
  // Pedir trabajo, prácticas o una recomendación para un puesto.
  jobAsk: [
    'vacantes?',
    'puestos? (?:vacantes?|libres?|disponibles?|abiertos?)',
    'ofertas? de (?:empleo|trabajo)',
    '(?:busco|buscando|buscar|conseguir|consiga|ofrecerme|ofrecer|me ofrezca|me ofrece) (?:un |algún |el )?(?:trabajo|empleo|puesto)',
    'trabajo (?:para mí|en su (?:empresa|equipo|organización))',
    'prácticas',
    'pasantías?',
    'contratarme',
    '(?:una )?(?:recomendación|referencia) para (?:el|un) puesto',
    'recomendarme para',
    'postularme',
    'postular a',
  ],
  resume: [
    'currículums?',
    'curriculums?(?: vitae)?',
    'currículos?',
    'CV',
    'hoja de vida',
    'adjunt(?:o|a|os|as|ar|é|ando)',
  ],
  // Además de cualquier signo de interrogación.
  ask: [
    '(?:podría|podrías|tendría|tendrías|le importaría|te importaría|le parecería|te parecería)',
    'si (?:tiene|tienes) (?:tiempo|un momento)',
    '(?:avíseme|avísame|dígame|dime) si',
  ],
  cue: [
    'conoc(?:í|imos|ernos|erle|erla|erlo|erte)',
    'nos vimos',
    'me (?:sugiri[óo]|recomend[óo]|habl[óo] de)',
    'sugiri[óo]',
    'recomend[óo]',
    'de parte de',
    'present[óo]',
    'exalumn[oa]s?',
    'egresad[oa]s?',
    'compañer[oa]s?',
    'linkedin',
    'en común',
    'ambos',
    'ambas',
    'nuestr[oa] (?:universidad|escuela|programa|conversación|charla)',
    'red de exalumnos',
  ],
  vagueSubject: [
    'hola',
    'saludos',
    'consulta',
    'una consulta',
    'pregunta',
    'una pregunta',
    'solicitud',
    'reunión',
    'solicitud de reunión',
    'entrevista informativa',
    'solicitud de entrevista(?: informativa)?',
    'networking',
    'presentación',
    'contacto',
    'café',
    'charla',
    'seguimiento',
    '\\(sin asunto\\)',
  ],
  // El español omite el sujeto ("estudio", "¿tendría…?"), así que se cuentan los pronombres y
  // posesivos, sin el "me" de "me llamo" o "me interesa", que no habla de la persona lectora.
  self: ['yo', 'mi', 'mis', 'mí', 'conmigo', 'mío', 'mía', 'míos', 'mías'],
  reader: [
    'usted',
    'ustedes',
    'su',
    'sus',
    'suyo',
    'suya',
    'le',
    'tú',
    'te',
    'ti',
    'tu',
    'tus',
    'contigo',
  ],
};

/**
 * Lo que buscan las comprobaciones de la presentación (src/lib/introduction/checks.ts), igual que
 * las listas de arriba; `name` distingue mayúsculas y va antes de una mayúscula ("Soy Sam").
 */
export const introRules: IntroRules = {
  name: ['[Ss]oy', '[Mm]e llamo', '[Mm]i nombre es'],
  who: [
    'soy (?:estudiante|alumn[oa]|egresad[oa]|profesor(?:a)?|maestr[oa]|de|del|la|el|un|una)',
    'me llamo',
    'mi nombre es',
    'estudio',
    'estudié',
    'trabajo (?:en|como|de|para)',
    'trabajé',
    'me gradué',
    'doy clases',
    'enseño',
    'dirijo',
    'llevo (?:\\p{N}+ |un |una |dos |tres |cuatro |cinco |seis |siete |ocho |nueve |diez )?(?:años|meses)',
  ],
  reason: [
    'porque',
    'ya que',
    'como usted',
    '(?:su|tu) (?:trabajo|puesto|camino|carrera|cambio|experiencia|investigación|equipo|proyecto|libro|artículo|charla|publicación|historia|trayectoria)',
    'me (?:sugiri[óo]|recomend[óo])',
    'sugiri[óo]',
    'recomend[óo]',
    'nos conocimos',
    'nos present[óo]',
    '(?:los|las) dos',
    'ambos',
    'ambas',
    '(?:usted|tú) también',
    'también (?:estudió|estudiaste)',
  ],
  learn: [
    'aprender',
    'saber',
    'entender',
    'conocer',
    'escuchar',
    'oír',
    'averiguar',
    'preguntarle',
    'preguntarte',
    'consejos?',
    'curiosidad',
    'me pregunto',
    'imaginar',
  ],
  // La misma lista que usan las comprobaciones del mensaje.
  jobAsk: messageRules.jobAsk,
};

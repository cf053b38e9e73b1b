/**
 * Spanish wording of the question builder and its printable sheet
 * (src/lib/strings/question-builder.ts): the same keys and {names}, tú to the student.
 */
import type {
  Background,
  Category,
  Contact,
  Field,
  Placeholder,
  Stage,
} from '../../questions/bank';
import type { ShareError } from '../../questions/share.lazy';

/** Page title, summary and introduction. */
export const page = {
  title: 'Preguntas para tu conversación',
  description:
    'Arma una lista corta de preguntas para una entrevista informativa, a la medida de tu tiempo, de la persona y de tu etapa; luego imprímela o toma notas en ella.',
  intro:
    'Elige preguntas del banco, cámbiales las palabras, añade las tuyas y ordénalas. La herramienta te dice cuántas caben en el tiempo que pediste y completa la organización y el puesto con los datos de tu plan.',
  noscript:
    'Para añadir, ordenar y guardar preguntas hace falta JavaScript. El banco completo está debajo, y puedes imprimir una hoja de preguntas en blanco.',
  printLink: 'Imprimir una hoja de preguntas en blanco',
  wholeBank: 'El banco de preguntas completo',
};

/** Category names as headings and menus show them. */
export const categoryNames: Record<Category, string> = {
  'warm-up': 'Para romper el hielo',
  trends: 'Tendencias',
  insights: 'Cómo es por dentro',
  advice: 'Consejos',
  resources: 'Recursos',
  assignments: 'Tareas',
  closing: 'Cierre',
};

/** Career stage names. */
export const stageNames: Record<Stage, string> = {
  student: 'Estudiante',
  'early-career': 'Primeros años de trabajo',
  'career-changer': 'Cambio de profesión',
};

/** Contact names, as "Talking to …". */
export const contactNames: Record<Contact, string> = {
  'friend-family': 'Un amigo o familiar',
  alumni: 'Un exalumno de mi escuela',
  linkedin: 'Un contacto de LinkedIn',
  event: 'Alguien que conocí en un evento',
};

/** Field names. */
export const fieldNames: Record<Field, string> = {
  tech: 'Tecnología',
  health: 'Salud',
  business: 'Negocios y finanzas',
  nonprofit: 'Organizaciones sin fines de lucro',
  government: 'Gobierno',
  education: 'Educación',
  creative: 'Trabajo creativo',
  science: 'Ciencia e investigación',
};

/** Background names, for the filter that puts questions written for one background first. */
export const backgroundNames: Record<Background, string> = {
  international: 'Estudiante internacional',
  'first-generation': 'Primero de mi familia en la universidad',
};

/** Labels of the plan details that fill placeholders. */
export const placeholderNames: Record<Placeholder, string> = {
  organization: 'Su organización',
  role: 'Su puesto',
  field: 'Su campo',
};

/** Interface wording of the island. */
export const ui = {
  setup: 'Sobre esta conversación',
  length: 'Duración',
  minutes: '{n} minutos',
  stage: 'Tu etapa',
  contact: 'Hablas con',
  field: 'Campo',
  any: 'Cualquiera',
  anyone: 'Cualquier persona',
  anyField: 'Cualquier campo',
  background: 'Tu situación',
  fillIn: 'Palabras que completan las preguntas',
  assumption:
    'Calcula unos {per} minutos por pregunta, después de unos {overhead} minutos para saludar y dar las gracias.',
  fit: 'Tu lista tiene {count} de las {capacity} preguntas, más o menos, que caben en {minutes} minutos.',
  over: 'Te pasas: {over} más de las que caben. Esta lista necesita unos {needed} minutos, no {minutes}. Marca las que no puedes dejar de hacer.',
  suggest: 'Sugerir una selección',
  suggestConfirm: '¿Cambiar tus {n} preguntas por una selección sugerida?',
  replace: 'Cambiar',
  cancel: 'Cancelar',
  suggested: 'Sugeridas {n} preguntas.',

  list: 'Tus preguntas',
  empty:
    'Aún no hay preguntas. Añade algunas del banco, escribe las tuyas o usa «Sugerir una selección».',
  mustAsk: 'Imprescindible',
  up: 'Subir',
  down: 'Bajar',
  edit: 'Cambiar las palabras',
  save: 'Guardar',
  remove: 'Quitar',
  notes: 'Notas sobre la respuesta',
  moved: 'Ahora en el puesto {pos} de {total}.',
  atEnd: 'No puede moverse más.',
  removed: 'Pregunta quitada.',
  added: 'Añadida a tu lista.',
  own: 'Escribe tu propia pregunta',
  add: 'Añadir',
  inList: 'Añadida',
  followUp: 'Para seguir:',

  exportHeading: 'Llévatela',
  copyText: 'Copiar como texto',
  copyMarkdown: 'Copiar como Markdown',
  download: 'Descargar .md',
  print: 'Imprimir con notas',
  /** Above the plan's introduction, first on the printed list. */
  introduction: 'Mi presentación',
  share: 'Copiar el enlace para compartir',
  copied: 'Copiado.',
  linkCopied: 'Enlace copiado. No incluye las notas.',
  copyFailed: 'No se pudo copiar. Tu navegador bloqueó el portapapeles.',
  exportTitle: 'Preguntas para mi entrevista informativa',

  bank: 'Banco de preguntas',
  category: 'Categoría',
  allCategories: 'Todas las categorías',
  search: 'Buscar en el banco',
  results: '{n} preguntas',
  result: '1 pregunta',
  noResults: 'Ninguna pregunta coincide. Prueba con menos palabras o un filtro más amplio.',
  more: 'Ver más ({n} sin mostrar)',

  shared: 'Este enlace trae una lista de {n} preguntas.',
  sharedAsk: '¿Cambiar tu lista actual por esta?',
  keep: 'Quedarme con mi lista',
  accepted: 'Lista compartida cargada.',
  dismiss: 'Cerrar',
};

/** Messages for a share link that cannot be read; nothing is changed in each case. */
export const shareErrors: Record<ShareError, string> = {
  malformed: 'Este enlace está dañado o incompleto, así que no se cargó nada. Tu lista no cambió.',
  'unknown-question':
    'Este enlace nombra una pregunta que ya no está en el banco, así que no se cargó nada. Tu lista no cambió.',
  empty: 'Este enlace no trae preguntas. Tu lista no cambió.',
};

/** Everything the island shows, passed to it as props. */
export const builderText = {
  ui,
  categories: categoryNames,
  stages: stageNames,
  contacts: contactNames,
  fields: fieldNames,
  backgrounds: backgroundNames,
  placeholders: placeholderNames,
  shareErrors,
};

/** The printable blank sheet. */
export const sheet = {
  title: 'Hoja de preguntas',
  description:
    'Una hoja para imprimir con preguntas variadas para una entrevista informativa de 20 minutos, con espacio para las respuestas.',
  intro:
    'Una selección equilibrada para una conversación de 20 minutos: una para romper el hielo, preguntas de tendencias, de cómo es por dentro, consejos, recursos y tareas, y una de cierre. Completa los espacios antes de ir.',
  person: 'Con quién',
  date: 'Fecha',
  followUp: 'Para seguir:',
  next: 'Próximos pasos y personas a contactar',
  toolLink: 'Arma tu propia lista con la herramienta de preguntas',
};

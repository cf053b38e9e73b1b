/**
 * Spanish wording of the printable flyer (/es/print/flyer/), whose QR code opens /es/.
 */
import type { FlyerNameProblem } from '../../embed/flyer';

export const flyerText = {
  title: 'Cartel para tablones y talleres',
  description:
    'Un cartel de una página con un código QR al kit, para tablones, clases y talleres. Añade el nombre de tu centro de carreras.',
  /** On screen only, above the flyer. */
  intro:
    'Imprime esta página (Ctrl+P o ⌘P) para un tablón, una clase o un taller. Cabe en una página carta o A4.',
  /** On screen only: how to put a name on it. */
  nameHint: {
    before: 'Para poner el nombre de tu centro de carreras, escríbelo en la',
    link: { label: 'página para insertar el kit', href: '/embed/' },
    after: 'y sigue su enlace al cartel.',
  },
  /** Without JavaScript the name in the address cannot be read. */
  noscript:
    'Sin JavaScript esta página no puede mostrar el nombre de su dirección, así que imprime el cartel sin nombre.',
  /** Notes on screen when the name in the address could not be used as given. */
  problems: {
    empty:
      'El nombre en la dirección de esta página está vacío, así que el cartel se imprime sin nombre. Añade uno en la página para insertar el kit.',
    'too-long':
      'El nombre en la dirección de esta página pasa de {max} caracteres, así que el cartel muestra solo los primeros {max}. Prueba un nombre más corto.',
    'hidden-characters':
      'El nombre en la dirección de esta página tenía caracteres invisibles. Se quitaron: revisa el nombre abajo antes de imprimir.',
  } satisfies Record<Exclude<FlyerNameProblem, null>, string>,

  /** The flyer. */
  heading: '¿Te interesa una profesión? Pregunta a quien la ejerce.',
  lead: 'Una entrevista informativa es una conversación breve para aprender sobre un trabajo, no para pedirlo: unos 20 minutos en los que preguntas a alguien por su trabajo, su camino y sus consejos.',
  listTitle: 'El kit gratuito te ayuda a',
  list: [
    'Encontrar con quién hablar, empezando por quienes ya te conocen.',
    'Escribir una petición breve y amable, de unas 75 palabras.',
    'Elegir de 5 a 10 buenas preguntas.',
    'Prepararte paso a paso y dar las gracias en menos de un día.',
  ],
  privacy: 'Sin cuenta. Nada de lo que escribes sale de tu navegador.',
  scan: 'Escanea para empezar',
  /** Under the QR code, before the address spelled out. */
  orType: 'o escribe',
  /** Accessible name of the QR code, before the address it opens. */
  qrLabel: 'Código QR que abre',
} as const;

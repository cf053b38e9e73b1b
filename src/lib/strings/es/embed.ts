/**
 * Textos de las páginas incrustadas (/es/embed/<herramienta>/) y del cargador, en español. Los
 * textos del configurador (para el personal de los centros de carreras) siguen en inglés.
 */
import type { ToolId } from '../../shared/tools';

/** Nombres de las herramientas, en los títulos de los iframes y en los enlaces a cada una. */
export const toolNames: Record<ToolId, string> = {
  'question-builder': 'Lista de preguntas',
  outreach: 'Redactor de mensajes',
  checklist: 'Lista de pasos',
  introduction: 'Presentación de 30 segundos',
  conversations: 'Seguimiento de conversaciones',
  organizations: 'Organizaciones objetivo',
};

/** Lo que leen los lectores de pantalla en lugar de la flecha de los enlaces que abren otra pestaña. */
export const newTab = '(se abre en otra pestaña)';
/** La flecha junto a esos enlaces y al botón. */
export const newTabMark = '↗';
/** Bajo la herramienta, qué significa la flecha. */
export const newTabLegend = `${newTabMark} se abre en otra pestaña.`;
/** Antes del nombre de la institución. */
export const providedBy = 'Te lo ofrece';

/** Dónde guarda tus planes una herramienta incrustada, según el caso. */
export const storageNotes = {
  standalone: 'Tus planes se guardan solo en este navegador.',
  framedParts: [
    'Tus planes se guardan en este navegador, solo en este sitio',
    '. No aparecen en el sitio completo: «Seguir en el sitio completo» los lleva todos allí.',
  ],
  memory:
    'Este navegador no deja guardar nada aquí, así que tus planes duran hasta que cierres esta página. Usa «Seguir en el sitio completo» para llevarlos al sitio completo, o «Exportar todos los planes» para guardar una copia.',
} as const;

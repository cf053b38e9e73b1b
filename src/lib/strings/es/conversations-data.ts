/**
 * Textos de las herramientas de datos de la página de conversaciones, en español (inglés:
 * ../conversations-data.ts, con la misma forma): importar, las descargas CSV y de calendario, y la
 * hoja de seguimiento para imprimir. Números y plurales con Intl en español.
 */

/** La forma de una palabra para una cantidad: `forms[categoría] ?? forms.other` (Intl.PluralRules). */
const plural = new Intl.PluralRules('es');
const pick = (n: number, forms: { one?: string; many?: string; other: string }) =>
  (forms as Partial<Record<Intl.LDMLPluralRule, string>>)[plural.select(n)] ?? forms.other;

/** "1 persona", "3 personas", "1.000.000 de personas". */
export const people = (n: number) =>
  `${n.toLocaleString('es')} ${pick(n, { one: 'persona', many: 'de personas', other: 'personas' })}`;

/** El campo de importar, las dos descargas y lo que dicen. */
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
  csvDownloaded: (n: number) => `Descargaste ${people(n)} en un archivo CSV.`,
  nothingToExport: 'Todavía no hay a quién exportar: primero añade a una persona.',
  calendarDownloaded: (n: number) =>
    `Descargaste un archivo de calendario con ${n.toLocaleString('es')} ${pick(n, { one: 'paso próximo', many: 'de pasos próximos', other: 'pasos próximos' })}. Ábrelo para ${pick(n, { one: 'añadirlo', other: 'añadirlos' })} a tu calendario.`,
  nothingUpcoming:
    'Ningún paso próximo tiene fecha todavía, así que no hay nada que poner en un calendario. Los pasos atrasados aparecen en Hoy.',
  added: (n: number) => `Añadiste ${people(n)} a tus conversaciones.`,
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

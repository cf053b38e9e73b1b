/**
 * Textos de las herramientas de datos de la página de conversaciones, en español (inglés:
 * ../conversations-data.ts, con la misma forma): importar, las descargas CSV y de calendario, y la
 * hoja de seguimiento para imprimir. Números y plurales con Intl en español.
 */

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

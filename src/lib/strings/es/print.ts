/** Spanish wording of the printable sheets index (/es/print/). */
export const printText = {
  title: 'Hojas para imprimir',
  description: 'Hojas para imprimir en talleres, clases y tus propias entrevistas informativas.',
  intro:
    'Cada hoja es una página sencilla hecha para papel. Ábrela e imprímela desde el navegador (Ctrl+P o ⌘P).',
  /** Sheets by folder under src/pages/print/; the index lists only those that exist. */
  sheets: {
    checklist: {
      title: 'Lista de preparación',
      summary:
        'Cada paso antes, durante y después de la conversación, con casillas, y una página rayada para notas. Dos páginas.',
    },
    conversations: {
      title: 'Registro de conversaciones',
      summary:
        'Una tabla en blanco para un taller: una fila por persona, con la fecha de cada paso, desde pedir la conversación hasta seguir en contacto. Una página horizontal.',
    },
    flyer: {
      title: 'Cartel con código QR',
      summary:
        'Un cartel para tablones y talleres que lleva a los estudiantes al kit, con el nombre de tu centro de carreras si lo añades. Una página.',
    },
    organizations: {
      title: 'Lista de organizaciones objetivo',
      summary:
        'Cuarenta filas numeradas para anotar las organizaciones donde te gustaría trabajar, puntuar cada una y marcar por dónde empezar. Dos páginas.',
    },
    'question-builder': {
      title: 'Hoja de preguntas',
      summary: 'Preguntas para hacer, con espacio para anotar las respuestas. Dos páginas.',
    },
    introduction: {
      title: 'Hoja para tu presentación',
      summary:
        'Las cuatro partes de una presentación de 30 segundos, con ejemplos, líneas para escribir y espacio para cronometrar tres intentos. Una página.',
    },
  } as Record<string, { title: string; summary: string }>,
} as const;

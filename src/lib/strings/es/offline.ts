/**
 * Textos de la página sin conexión en español (/es/offline/), que el service worker muestra
 * cuando se abre sin conexión una página que nunca se guardó.
 */
export const offlineText = {
  title: 'Estás sin conexión',
  description:
    'Esta página no está guardada en este dispositivo. Esto es lo que funciona sin conexión.',
  heading: 'Estás sin conexión y esta página no está guardada aquí',
  lead: 'La dirección que abriste nunca se guardó en este dispositivo, así que necesita conexión. Todo lo de abajo funciona sin conexión, también tus planes guardados.',
  tools: 'Herramientas',
  guides: 'Guías',
  more: 'También disponible',
  home: 'Página de inicio',
  sheets: 'Hojas para imprimir',
  retry:
    'Cuando vuelvas a tener conexión, recarga la página para intentar abrir la dirección otra vez.',
} as const;

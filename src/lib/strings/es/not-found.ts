/** Textos de la página que se muestra para una dirección que no existe (404), en español. */
export const notFoundText = {
  title: 'Página no encontrada',
  description: 'Esta página no existe. Vuelve a las guías y a las herramientas.',
  heading: 'No encontramos esa página',
  lead: 'Puede que el enlace sea antiguo o que la dirección tenga un error.',
  links: [
    { label: 'Ir a la página de inicio', href: '/' },
    { label: 'Ver las guías', href: '/guides/' },
    { label: 'Buscar en el sitio', href: '/search/' },
  ],
} as const;

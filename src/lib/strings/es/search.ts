/**
 * Textos de la página de búsqueda en español (/es/search/) y del buscador de Pagefind en ella,
 * de tú como el resto del sitio.
 */
export const searchText = {
  title: 'Buscar',
  description: 'Busca en todas las guías sobre entrevistas informativas.',
  heading: 'Buscar en las guías',
  noscript: {
    before: 'La búsqueda necesita JavaScript. Todas las guías están también en la',
    link: 'página de guías',
    after: '.',
  },
  unavailable: {
    before: 'La búsqueda no está disponible aquí. Funciona en el sitio ya construido (',
    built: 'npm start',
    between: '), no en',
    dev: 'astro dev',
    after: '. Aun así puedes ver',
    link: 'todas las guías',
    end: '.',
  },
} as const;

/** Todos los textos del buscador de Pagefind, de tú. */
export const pagefindText = {
  placeholder: 'Buscar en las guías',
  clear_search: 'Borrar',
  load_more: 'Ver más resultados',
  search_label: 'Buscar en este sitio',
  filters_label: 'Filtros',
  zero_results: 'No hay resultados para [SEARCH_TERM]',
  many_results: '[COUNT] resultados para [SEARCH_TERM]',
  one_result: '[COUNT] resultado para [SEARCH_TERM]',
  total_zero_results: 'Sin resultados',
  total_one_result: '[COUNT] resultado',
  total_many_results: '[COUNT] resultados',
  alt_search:
    'No hay resultados para [SEARCH_TERM]. Te mostramos los resultados para [DIFFERENT_TERM]',
  search_suggestion: 'No hay resultados para [SEARCH_TERM]. Prueba con una de estas búsquedas:',
  searching: 'Buscando [SEARCH_TERM]...',
  results_label: 'Resultados de la búsqueda',
  keyboard_navigate: 'moverte',
  keyboard_select: 'elegir',
  keyboard_clear: 'borrar',
  keyboard_close: 'cerrar',
  keyboard_search: 'buscar',
  error_search: 'La búsqueda falló',
  filter_selected_one: '[COUNT] elegido',
  filter_selected_many: '[COUNT] elegidos',
  input_hint: 'Los resultados aparecen mientras escribes',
  loading: 'Cargando',
} as const;

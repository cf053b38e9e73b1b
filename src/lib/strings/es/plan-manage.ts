/**
 * Spanish wording of the plan bar's rename, delete, export and import controls
 * (src/lib/strings/plan-manage.ts).
 */
export const planManageText = {
  rename: 'Renombrar',
  renameLabel: 'Nuevo nombre de este plan',
  save: 'Guardar el nombre',
  cancel: 'Cancelar',
  renamed: (name: string) => `Ahora se llama «${name}».`,
  remove: 'Borrar este plan',
  removed: (name: string) => `Borrado: «${name}».`,
  undo: 'Deshacer el borrado',
  restored: (name: string) => `Recuperado: «${name}».`,
  exportAll: 'Exportar todos los planes',
  exported: 'Tus planes se descargaron en un archivo.',
  fileName: 'planes-de-entrevistas.json',
  importFile: 'Importar planes de un archivo',
  importHint: 'Un archivo exportado de este kit, de hasta 1 MB.',
  importChoice: 'Al importar',
  merge: 'Añadir a mis planes',
  replace: 'Reemplazar mis planes',
} as const;

/** "1 plan", "3 planes". */
const plans = (n: number) => `${n} ${n === 1 ? 'plan' : 'planes'}`;
const mb = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('es', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

/** What an import says it did, or why it changed nothing. */
export const planImportText = {
  json: 'Ese archivo no es JSON válido. No se cambió nada.',
  shape: 'Ese archivo no contiene planes del kit. No se cambió nada.',
  empty: 'Ese archivo no tiene planes. No se cambió nada.',
  organizations:
    'No se pueden leer las organizaciones objetivo de ese archivo, o una tiene un nombre más largo de lo que admite el formulario. No se cambió nada.',
  tooBig: (bytes: number) =>
    `Ese archivo ocupa ${mb(bytes)}; el kit importa archivos de hasta 1 MB. No se cambió nada. Elige un archivo exportado de este kit, o divide uno grande exportando menos planes.`,
  /** A field longer than its form allows; n counts plans in the file from 1. */
  tooLong: (n: number, name: string, field: string, max: number) =>
    `El plan ${n} del archivo («${name.length > 40 ? `${name.slice(0, 40)}…` : name}») tiene ${field} de más de ${max} caracteres, más de lo que admite el formulario. No se cambió nada.`,
  fields: {
    name: 'un nombre',
    person: 'un dato de la persona',
    outreach: 'un dato tuyo para el mensaje',
    step: 'un paso de la lista',
    introPart: 'una parte de la presentación',
    introText: 'la presentación',
  },
  noRoom: (how: 'merge' | 'replace') =>
    `No hay espacio suficiente en el almacenamiento del navegador para ${how === 'merge' ? 'tus planes y el archivo juntos' : 'los planes de este archivo'}, así que no se cambió nada. Exporta tus planes, borra los que ya no necesites y vuelve a importar${how === 'merge' ? ', o elige «Reemplazar mis planes»' : ''}.`,
  replaced: (n: number) => `Importado: ${plans(n)}, en lugar de tus planes anteriores.`,
  merged: ({ added, updated, kept }: { added: number; updated: number; kept: number }) =>
    added + updated
      ? `Importado: ${plans(added + updated)}${updated ? ` (${updated} en lugar de una copia más antigua)` : ''}${kept ? `; se quedó tu copia de ${plans(kept)}, igual o más reciente` : ''}.`
      : 'Nada que importar: ya tienes estos planes, iguales o más recientes.',
  inMemory:
    'Este navegador no está guardando, así que duran hasta que cierres la pestaña: expórtalos para conservarlos.',
} as const;

import { paths } from '../paths.ts';

/**
 * The site paths of the published data files, in one place for the routes, the /data/ page and
 * the data itself. `name` is `guide` or a part (`stages`, `checklists`, ...).
 */
export const dataFiles = {
  page: () => paths.data(),
  json: (name: string) => `${paths.data()}${name}.json`,
  schema: (name: string) => `${paths.data()}schema/${name}.schema.json`,
  matrixCsv: (id: string) => `${paths.data()}matrices/${id}.csv`,
  checklistCsv: (id: string) => `${paths.data()}checklists/${id}.csv`,
} as const;

/**
 * Tools that can be embedded, by the folder of their embed page (src/pages/embed/<tool>.astro):
 * every tool; the first is the loader's default. Apart from the parameter checks (params.ts),
 * which every embed page loads and which never read the list.
 */
export { toolIds as embedTools } from '../shared/tools';

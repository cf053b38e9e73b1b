/**
 * Interface wording in the page's language: `strings('site', lang)` is the module
 * src/lib/strings/site.ts on an English page and src/lib/strings/es/site.ts on a Spanish one.
 * Each Spanish module exports the same names as its English one, with the same shape; the
 * table below checks it (`Translation<typeof English>`), so a missing or misshapen string is a
 * type error here, naming the module.
 *
 * For build-time code only (pages, layouts, .astro components, src/content/read.ts): it imports
 * every string module. Browser code never imports it; wording reaches the browser as props in the
 * page's HTML (ESLint refuses an import from src/client or an island).
 *
 * A module without a Spanish twin yet is simply not in the table: import the English module
 * directly until its Spanish one exists, then add a line here.
 */
import type { Lang, Translation } from './lang';
import type { ToolId } from '../shared/tools';
import * as checklistEn from '../strings/checklist';
import * as checklistEs from '../strings/es/checklist';
import * as conversationsEn from '../strings/conversations';
import * as conversationsEs from '../strings/es/conversations';
import * as flyerEn from '../strings/flyer';
import * as flyerEs from '../strings/es/flyer';
import * as handoffEn from '../strings/handoff';
import * as handoffEs from '../strings/es/handoff';
import * as outreachEn from '../strings/outreach';
import * as outreachEs from '../strings/es/outreach';
import * as planManageEn from '../strings/plan-manage';
import * as planManageEs from '../strings/es/plan-manage';
import * as plansEn from '../strings/plans';
import * as plansEs from '../strings/es/plans';
import * as printEn from '../strings/print';
import * as printEs from '../strings/es/print';
import * as questionBuilderEn from '../strings/question-builder';
import * as questionBuilderEs from '../strings/es/question-builder';
import * as embedEn from '../strings/embed';
import * as embedEs from '../strings/es/embed';
import * as guidesEn from '../strings/guides';
import * as guidesEs from '../strings/es/guides';
import * as homeEn from '../strings/home';
import * as homeEs from '../strings/es/home';
import * as checkRulesEn from '../strings/check-rules';
import * as checkRulesEs from '../strings/es/check-rules';
import * as introductionEn from '../strings/introduction';
import * as introductionEs from '../strings/es/introduction';
import * as notFoundEn from '../strings/not-found';
import * as notFoundEs from '../strings/es/not-found';
import * as organizationsEn from '../strings/organizations';
import * as organizationsEs from '../strings/es/organizations';
import * as offlineEn from '../strings/offline';
import * as offlineEs from '../strings/es/offline';
import * as searchEn from '../strings/search';
import * as searchEs from '../strings/es/search';
import * as siteEn from '../strings/site';
import * as siteEs from '../strings/es/site';
import * as toolsEn from '../strings/tools';
import * as toolsEs from '../strings/es/tools';

/** A module's wording in each language; the Spanish is checked against the English shape. */
function inEvery<T>(en: T, es: Translation<T>): Record<Lang, Translation<T>> {
  return { en: en as Translation<T>, es };
}

/** Every string module with a Spanish twin, by its file name under src/lib/strings/. */
const modules = {
  checklist: inEvery(checklistEn, checklistEs),
  conversations: inEvery(conversationsEn, conversationsEs),
  flyer: inEvery(flyerEn, flyerEs),
  handoff: inEvery(handoffEn, handoffEs),
  outreach: inEvery(outreachEn, outreachEs),
  'plan-manage': inEvery(planManageEn, planManageEs),
  plans: inEvery(plansEn, plansEs),
  print: inEvery(printEn, printEs),
  'question-builder': inEvery(questionBuilderEn, questionBuilderEs),
  embed: inEvery(embedEn, embedEs),
  guides: inEvery(guidesEn, guidesEs),
  home: inEvery(homeEn, homeEs),
  introduction: inEvery(introductionEn, introductionEs),
  'not-found': inEvery(notFoundEn, notFoundEs),
  offline: inEvery(offlineEn, offlineEs),
  organizations: inEvery(organizationsEn, organizationsEs),
  search: inEvery(searchEn, searchEs),
  site: inEvery(siteEn, siteEs),
  tools: inEvery(toolsEn, toolsEs),
};

/** A string module that exists in every language. */
export type StringModule = keyof typeof modules;

/** The wording of `module` in `lang`: `const { nav } = strings('site', lang)`. */
export function strings<M extends StringModule>(module: M, lang: Lang): (typeof modules)[M][Lang] {
  return modules[module][lang];
}

/** Every module in every language, for the test that compares them key by key. */
export const allStrings: { readonly [M in StringModule]: Record<Lang, unknown> } = modules;

/**
 * The word lists the outreach and introduction checks match, in `lang`
 * (src/lib/strings/check-rules.ts and es/check-rules.ts). Lists, not sentences: a language has
 * as many entries as it needs, so they are typed (`MessageRules`, `IntroRules`) rather than
 * compared with the English key by key. Pages pass them to the islands as props.
 */
export function checkRules(lang: Lang): typeof checkRulesEn {
  return { en: checkRulesEn, es: checkRulesEs }[lang];
}

/** A tool page's heading (and title), its summary for search engines and its introduction. */
export interface ToolPageText {
  title: string;
  description: string;
  intro: string;
}

/** Where each tool's string module keeps the wording of its page. */
const toolPages = {
  'question-builder': (lang: Lang) => strings('question-builder', lang).page,
  outreach: (lang: Lang) => strings('outreach', lang).page,
  checklist: (lang: Lang) => strings('checklist', lang).checklistPageText,
  introduction: (lang: Lang) => strings('introduction', lang).introPage,
  conversations: (lang: Lang) => strings('conversations', lang).conversationsPage,
  organizations: (lang: Lang) => strings('organizations', lang).organizationsPage,
} satisfies Record<ToolId, (lang: Lang) => ToolPageText>;

/** The wording of `tool`'s page in `lang`, for its full page and its embed (src/layouts/). */
export function toolPageText(tool: ToolId, lang: Lang): ToolPageText {
  return toolPages[tool](lang);
}

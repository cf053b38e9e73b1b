/**
 * Interface wording in the page's language: `strings('site', lang)` is the module
 * src/lib/strings/site.ts on an English page and the file src/lib/strings/es/site.json on a
 * Spanish one. The English module is the reference, with a comment on what each string is for;
 * a translation is a JSON file with the same keys, which the table below checks against it
 * (`TranslationFile<typeof English>`), so a missing key is a type error here, naming the module.
 *
 * For build-time code only (pages, layouts, .astro components, src/content/read.ts): it imports
 * every string module. Browser code never imports it; wording reaches the browser as props in the
 * page's HTML (ESLint refuses an import from src/client or an island).
 *
 * A module without a Spanish twin yet is simply not in the table: import the English module
 * directly until its Spanish file exists, then add a line here.
 */
import type { Lang, Translation, TranslationFile } from './lang';
import type { ToolId } from '../shared/tools';
import * as checklistEn from '../strings/checklist';
import checklistEs from '../strings/es/checklist.json' with { type: 'json' };
import * as conversationsEn from '../strings/conversations';
import conversationsEs from '../strings/es/conversations.json' with { type: 'json' };
import * as flyerEn from '../strings/flyer';
import flyerEs from '../strings/es/flyer.json' with { type: 'json' };
import * as handoffEn from '../strings/handoff';
import handoffEs from '../strings/es/handoff.json' with { type: 'json' };
import * as outreachEn from '../strings/outreach';
import outreachEs from '../strings/es/outreach.json' with { type: 'json' };
import * as planManageEn from '../strings/plan-manage';
import planManageEs from '../strings/es/plan-manage.json' with { type: 'json' };
import * as plansEn from '../strings/plans';
import plansEs from '../strings/es/plans.json' with { type: 'json' };
import * as printEn from '../strings/print';
import printEs from '../strings/es/print.json' with { type: 'json' };
import * as questionBuilderEn from '../strings/question-builder';
import questionBuilderEs from '../strings/es/question-builder.json' with { type: 'json' };
import * as embedEn from '../strings/embed';
import embedEs from '../strings/es/embed.json' with { type: 'json' };
import * as guidesEn from '../strings/guides';
import guidesEs from '../strings/es/guides.json' with { type: 'json' };
import * as homeEn from '../strings/home';
import homeEs from '../strings/es/home.json' with { type: 'json' };
import * as checkRulesEn from '../strings/check-rules';
import * as checkRulesEs from '../strings/es/check-rules';
import * as introductionEn from '../strings/introduction';
import introductionEs from '../strings/es/introduction.json' with { type: 'json' };
import * as notFoundEn from '../strings/not-found';
import notFoundEs from '../strings/es/not-found.json' with { type: 'json' };
import * as organizationsEn from '../strings/organizations';
import organizationsEs from '../strings/es/organizations.json' with { type: 'json' };
import * as offlineEn from '../strings/offline';
import offlineEs from '../strings/es/offline.json' with { type: 'json' };
import * as searchEn from '../strings/search';
import searchEs from '../strings/es/search.json' with { type: 'json' };
import * as siteEn from '../strings/site';
import siteEs from '../strings/es/site.json' with { type: 'json' };
import * as toolsEn from '../strings/tools';
import toolsEs from '../strings/es/tools.json' with { type: 'json' };

/**
 * A module's wording in each language. The Spanish file has the English keys (checked here) and
 * lists as long as the English ones (checked by tests/unit/lib/i18n/strings.test.ts), so the
 * English module's type describes it.
 */
function inEvery<T>(en: T, es: NoInfer<TranslationFile<T>>): Record<Lang, Translation<T>> {
  return { en: en as Translation<T>, es: es as unknown as Translation<T> };
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

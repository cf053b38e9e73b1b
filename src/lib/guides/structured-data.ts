/**
 * Schema.org structured data for guide and section pages, written as JSON-LD. Pure functions:
 * the pages pass in absolute URLs and plain values, and embed the result with `toJsonLd`.
 */

/** One step of a breadcrumb trail: a name and an absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** A schema.org BreadcrumbList for a trail of pages, first (home side) to last. */
export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** What an Article needs to know about a guide. */
export interface ArticleInput {
  headline: string;
  description: string;
  url: string;
  /** Date of the last edit (the guide's `updated` field). */
  modified: Date;
  /** Name of the course section, e.g. "Who to talk to". */
  section: string;
  /** Reading time in whole minutes. */
  minutes: number;
  /** Who publishes the site. */
  publisher: string;
  /** The guide's language (BCP 47, as its page's `<html lang>`); English unless given. */
  lang?: string;
}

/** A schema.org Article for one guide. */
export function article(input: ArticleInput) {
  const date = input.modified.toISOString().slice(0, 10);
  const publisher = { '@type': 'Organization', name: input.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: date,
    dateModified: date,
    articleSection: input.section,
    timeRequired: `PT${input.minutes}M`,
    inLanguage: input.lang ?? 'en',
    isAccessibleForFree: true,
    author: publisher,
    publisher,
  };
}

/**
 * Serialises data for a `<script type="application/ld+json">` element. Every `<` is escaped
 * as `\u003c`, so text such as `</script>` in a title can never close the element early.
 */
export function toJsonLd(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

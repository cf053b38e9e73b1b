/**
 * Articles before what the student types into wording with `{slots}`: "as a {role}" reads "as an
 * Epidemiologist", and "at {organization}" reads "at the State Department of Public Health". The
 * wording puts "a" before a slot where an article belongs; the value picks "a" or "an". Loaded by
 * the outreach tool and the question builder, so it is kept small: the rules cover what people
 * type as roles and organizations, not every word of English. (It travels in the `actions` chunk,
 * which both pages load: see integrations/chunks.mjs.)
 */

/**
 * Whether `phrase` starts with a vowel sound: a vowel, except a "you" sound (a university, a
 * user researcher, a urologist, a European); a silent "h" (an hour, an honest…); initials said
 * letter by letter (an HR manager, an MBA student, a UX researcher, an X-ray technician).
 */
export const startsWithVowelSound = (phrase: string): boolean =>
  /^[AEFHILMNORSX][A-Z]{0,3}\b/.test(phrase) ||
  (!/^[A-Z]{2,4}\b/.test(phrase) &&
    /^(?:[aio]|e(?!u)|u(?!ni|s[eu]|r[aeiou]|ti)|hour|hon)/i.test(phrase));

/**
 * Whether an organization's or school's name takes "the" inside a sentence: names of the form
 * "X of Y" (the University of Michigan, the State Department of Public Health, the Museum of
 * Modern Art), except a bank's (Bank of America). Other names stay as typed (Riverside Medical
 * Center, Northwind), and so do names typed with their "The".
 */
export const takesThe = (name: string): boolean => /^(?!the )(?:\w+ )?(?!bank )\w+ of /i.test(name);

/**
 * `template` with the articles before its slots fitted to the `values` that will fill them: "a"
 * before a slot becomes "an" when its value starts with a vowel sound (and "an" becomes "a" when
 * not), and "the" goes before an organization or school whose name takes it, where a word other
 * than "the" stands before the slot (so not in "{yourSchool} student seeking advice", where the
 * name describes). A slot with no value keeps the wording as written.
 */
export const fitArticles = (
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): string =>
  template.replace(/\b(\w+) \{(\w+)\}/g, (slot, word: string, name: string) => {
    const value = values[name]?.trim();
    return !value
      ? slot
      : /^an?$/i.test(word)
        ? `${word[0]}${startsWithVowelSound(value) ? 'n' : ''} {${name}}`
        : /^(?:organization|school|yourSchool)$/.test(name) &&
            !/^the$/i.test(word) &&
            takesThe(value)
          ? `${word} the {${name}}`
          : slot;
  });

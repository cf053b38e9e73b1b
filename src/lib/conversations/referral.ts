/**
 * What a name suggested in a debrief says about the person: their name, role and organization,
 * read from the two fields the student typed (the name, and "Role, organization or why"), so a
 * referral plan starts with them (loaded with the debrief form, on request).
 */

/** A suggested person as the referral plan takes them. */
export interface SuggestionDetails {
  name: string;
  role: string;
  organization: string;
  /** What was typed that reads as why they were suggested, not who they are; '' if nothing. */
  why: string;
}

/** Between a name and what follows it: a comma, an en or em dash, or a hyphen with spaces around it. */
const nameBreak = /\s*,\s*|\s*[–—]\s*|\s+-\s+/g;
/** Between a role and an organization: the name's breaks, and "at" or "@" as words. */
const detailBreak = /\s*,\s*|\s*[–—]\s*|\s+-\s+|\s+(?:at|@)\s+/i;
/** A suffix that belongs to the name before its comma ("Martin Luther King, Jr."). */
const nameSuffix = /^(?:jr|sr|ii|iii|iv)\.?(?=\s*$|\s*[,–—]|\s+-\s)/i;
/**
 * Words that make a phrase a sentence about the person rather than a title: pronouns, common
 * verbs and joining words ("she runs the infection control team", "knows the hiring manager").
 */
const sentenceWords = new Set(
  (
    'i me my we our you your he him his she her hers they them their ' +
    'is was are were be been has had have know knows knew run runs ran works worked hires ' +
    'hired said says suggested recommended mentioned met can could will would should might ' +
    'did does do because since who which that if when also not'
  ).split(' '),
);
/** A title is a short phrase: longer than this many words, it is a sentence. */
const titleWords = 8;
/** Capitalized words that end an organization's name, or start it before "of" or "for". */
const organizationWords = new Set(
  (
    'Inc Inc. LLC Ltd Ltd. Corp Corp. Co. Company Corporation University College School ' +
    'Hospital Clinic Center Centre Department Institute Foundation Agency Association Society ' +
    'Museum Bank Lab Labs Laboratory Group Council Office Bureau Authority Commission Ministry ' +
    'Trust Library Network Partners Studio Studios'
  ).split(' '),
);

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/** Whether a phrase reads as why they were suggested rather than a role or organization. */
function isSentence(text: string): boolean {
  const words = wordsOf(text);
  return (
    words.length > titleWords ||
    /[?!]$/.test(text) ||
    words.some((w) => sentenceWords.has(w.toLowerCase().replace(/[^a-z]/g, '')))
  );
}

/** Whether a phrase with no break in it names an organization ("Riverside Medical Center"). */
function isOrganization(text: string): boolean {
  const words = wordsOf(text);
  return words.some(
    (w, i) =>
      organizationWords.has(w) && (i === words.length - 1 || /^(?:of|for)$/.test(words[i + 1])),
  );
}

/** Splits a name field at its first break that is not before a suffix: the name, and the rest. */
function splitName(text: string): [string, string] {
  for (const match of text.matchAll(nameBreak)) {
    const rest = text.slice(match.index + match[0].length);
    if (match[0].trim() === ',' && nameSuffix.test(rest)) continue;
    return [text.slice(0, match.index).trim(), rest.trim()];
  }
  return [text, ''];
}

/** Splits text at the first match of a break: before it, and after it ('' when none). */
function splitAt(text: string, pattern: RegExp): [string, string] {
  const match = pattern.exec(text);
  if (!match) return [text.trim(), ''];
  return [text.slice(0, match.index).trim(), text.slice(match.index + match[0].length).trim()];
}

/**
 * Reads a suggested name and its note into the person's name, role and organization.
 *
 * The name field may carry details after the name, after a comma, an en or em dash, or a
 * hyphen with spaces around it: "Nia Okafor — Hospital epidemiologist", "Nia Okafor - Hospital
 * epidemiologist at Riverside", "Nia Okafor, epidemiologist, Riverside". A hyphen inside a word
 * is part of the name ("Mary-Jane Ortiz"), and so is "Jr.", "Sr.", "II", "III" or "IV" after a
 * comma.
 *
 * Those details and the note are each either a title or a reason. A reason is a sentence: a
 * phrase of more than eight words, ending in "?" or "!", or holding a pronoun, a common verb or
 * a joining word ("she", "knows", "runs", "because", "who"…). A reason fills neither role nor
 * organization; it is returned as `why`.
 *
 * The titles, the name's first, are read as one text, "role, organization": split at its first
 * comma, dash, or "at"/"@" between words ("Hospital epidemiologist, Riverside Medical Center",
 * "Hospital epidemiologist at Riverside Medical Center"). One phrase with no break is the
 * organization when it ends in a capitalized organization word ("Riverside Medical Center",
 * "Acme Inc.") or has one before "of" or "for" ("University of Michigan"), else the role;
 * and two parts swap when only the first names an organization that way ("Riverside Medical
 * Center, epidemiologist"). A leading "a" or "an" is left off the role ("an epidemiologist").
 */
export function suggestionDetails(nameField: string, note: string): SuggestionDetails {
  let [name, rest] = splitName(nameField.trim());
  if (!name) [name, rest] = [nameField.trim(), ''];
  const titles: string[] = [];
  const reasons: string[] = [];
  for (const part of [rest, note.trim()])
    if (part) (isSentence(part) ? reasons : titles).push(part);
  const text = titles.join(', ');
  let [role, organization] = splitAt(text, detailBreak);
  if (organization ? isOrganization(role) && !isOrganization(organization) : isOrganization(role))
    [role, organization] = [organization, role];
  role = role.replace(/^an?\s+/i, '');
  return { name, role, organization, why: reasons.join('\n') };
}

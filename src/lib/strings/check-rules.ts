/**
 * The word lists the outreach checks match, in English (Spanish: ./es/check-rules.ts). Each
 * entry is a regular-expression fragment matched without case as a whole word or words
 * (src/lib/shared/phrases.ts). The outreach island takes `messageRules` as a prop, like the rest
 * of its wording, so the same script checks a message in either language.
 */
import type { MessageRules } from '../outreach/checks';
import type { IntroRules } from '../introduction/checks';

export const messageRules: MessageRules = {
  articles: true,
  greeting: ['hi', 'hello', 'hey', 'dear', 'good (?:morning|afternoon|evening)'],
  opener: [
    'hope (?:this|my|the) (?:e-?mail|message|note) finds you',
    "hope (?:you(?:'re| are)|all is) (?:doing )?well",
    'to whom it may concern',
    'my name is',
    "i know (?:you(?:'re| are)|how) (?:very |really |so )?busy",
    'sorry to (?:bother|disturb)',
    "i(?:'m| am) writing to",
    'dear sir or madam',
  ],
  jobAsk: [
    'jobs?',
    'internships?',
    '(?:job )?openings?',
    'vacanc(?:y|ies)',
    'open (?:positions?|roles?)',
    'referrals?',
    'refer me',
    'hiring',
    'hire me',
    'employment',
    'apply(?:ing)? (?:for|to)',
  ],
  resume: ['r[eé]sum[eé]s?', 'CV', 'curriculum vitae', 'attach(?:ed|ment|ments|ing)?'],
  ask: [
    '(?:would|could|can|may) (?:you|we|i)',
    'are you (?:open|free|available)',
    'let me know (?:if|whether|when)',
  ],
  cue: [
    'met',
    'meet',
    'meeting',
    'referred',
    'suggested',
    'recommended',
    'introduc\\w*',
    'alum\\w*',
    'fellow',
    'mutual',
    'linkedin',
    'classmates?',
    'both',
    'our (?:school|program|conversation|chat|talk)',
  ],
  vagueSubject: [
    'hi',
    'hello',
    'hey',
    'greetings',
    'question',
    'quick question',
    'a question',
    'request',
    'meeting',
    'meeting request',
    'informational interview(?: request)?',
    'networking',
    'introduction',
    'intro',
    'coffee',
    'chat',
    'connecting',
    'following up',
    'follow up',
    'checking in',
    '\\(no subject\\)',
  ],
  self: ['i', 'me', 'my', 'mine', 'myself'],
  reader: ['you', 'your', 'yours', 'yourself', 'yourselves'],
};

/**
 * What the introduction checks look for (src/lib/introduction/checks.ts), matched like the lists
 * above; `name` is matched with case, before a capital letter ("I'm Sam").
 */
export const introRules: IntroRules = {
  name: ["[Ii]'m", '[Ii] am'],
  who: [
    "(?:i'm|i am) (?:a|an|in|at|from|currently|studying|working|now|the)",
    "my name(?:'s| is)",
    'i (?:study|work|worked|graduated|teach|run|lead|manage)',
    "i(?:'ve| have) (?:worked|been working|been studying|spent)",
  ],
  reason: [
    'because',
    'since you',
    'why i (?:wanted|asked|reached)',
    'your (?:work|role|path|career|move|switch|experience|research|team|project|book|article|talk|post|story|journey|background)',
    '(?:suggested|recommended|referred)',
    'we (?:met|both)',
    'you (?:also|too)',
    'introduced us',
  ],
  learn: [
    'learn',
    'hear',
    'understand',
    'find out',
    'know more',
    'ask you',
    'advice',
    'curious',
    'wonder',
    'picture',
  ],
  // The same list the outreach checks use.
  jobAsk: messageRules.jobAsk,
};

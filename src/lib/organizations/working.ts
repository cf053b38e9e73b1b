/**
 * What is working: the student's requests and the replies they got, by the channel they wrote
 * through and by how they know the person, with the typical wait for a reply. Counted on the
 * device from the plans' logs, and shown as counts ("alumni: 3 replies of 4"), never as bare
 * percentages: with a handful of requests a percentage says more than the numbers do.
 */
import type { Plan } from '../plans/plan';
import { dayOf } from '../conversations/entries';
import { daysBetween } from '../shared/dates';
import { hasReply } from './followup';

/** Requests sent before the panel shows: fewer say nothing yet. */
export const workingFrom = 3;

/** Channels as the panel groups them (the templates' channel ids, see src/content/templates). */
export const channelGroups = ['email', 'linkedin', 'alumni-platform', 'other', 'unsaid'] as const;
export type ChannelGroup = (typeof channelGroups)[number];

/** How the student knows the person, as the panel groups the plan's connection. */
export const connectionGroups = [
  'alumni',
  'referral',
  'linkedin',
  'event',
  'personal',
  'other',
  'cold',
] as const;
export type ConnectionGroup = (typeof connectionGroups)[number];

/** The group of a channel id. */
export function channelGroup(channel: string): ChannelGroup {
  if (!channel) return 'unsaid';
  if (channel === 'email') return 'email';
  if (channel.startsWith('linkedin')) return 'linkedin';
  if (channel === 'alumni-platform') return 'alumni-platform';
  return 'other';
}

/** The group of a plan's connection ('' is someone the student does not know: cold). */
export function connectionGroup(connection: Plan['person']['connection']): ConnectionGroup {
  switch (connection) {
    case 'school':
      return 'alumni';
    case 'referral':
    case 'linkedin':
    case 'event':
    case 'other':
      return connection;
    case 'friend':
    case 'family':
      return 'personal';
    default:
      return 'cold';
  }
}

/** Requests and replies in one group. */
export interface Tally {
  sent: number;
  replies: number;
}

/** The panel's numbers. */
export interface Working {
  /** Requests sent (people asked) and how many of them answered. */
  all: Tally;
  /** Groups with at least one request, in the order of their list. */
  byChannel: (Tally & { group: ChannelGroup })[];
  byConnection: (Tally & { group: ConnectionGroup })[];
  /** The median number of days from a request to its reply (whole days); null before any reply. */
  typicalDays: number | null;
}

/** The median of some numbers, rounded to whole days (the lower middle of an even count, rounded up). */
function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

/**
 * Counts every plan with a request in its log: its first request's channel, its person's
 * connection, and whether (and how many days after that request) they answered.
 */
export function whatIsWorking(plans: readonly Plan[]): Working {
  const all: Tally = { sent: 0, replies: 0 };
  const channels = new Map<ChannelGroup, Tally>();
  const connections = new Map<ConnectionGroup, Tally>();
  const waits: number[] = [];
  const count = <G>(map: Map<G, Tally>, group: G, replied: boolean) => {
    const t = map.get(group) ?? { sent: 0, replies: 0 };
    t.sent++;
    if (replied) t.replies++;
    map.set(group, t);
  };
  for (const plan of plans) {
    const log = plan.conversation.log;
    let first: (typeof log)[number] | undefined;
    let firstDay = '';
    for (const e of log)
      if (e.kind === 'asked') {
        const day = dayOf(e.at);
        if (day && (!first || day < firstDay)) [first, firstDay] = [e, day];
      }
    if (!first) continue;
    const replied = hasReply(plan);
    all.sent++;
    if (replied) {
      all.replies++;
      let reply = '';
      for (const e of log)
        if (e.kind === 'replied' || e.kind === 'scheduled' || e.kind === 'talked') {
          const day = dayOf(e.at);
          if (day && (!reply || day < reply)) reply = day;
        }
      if (reply >= firstDay) waits.push(daysBetween(firstDay, reply));
    }
    count(channels, channelGroup(first.channel), replied);
    count(connections, connectionGroup(plan.person.connection), replied);
  }
  return {
    all,
    byChannel: channelGroups.flatMap((group) => {
      const t = channels.get(group);
      return t ? [{ group, ...t }] : [];
    }),
    byConnection: connectionGroups.flatMap((group) => {
      const t = connections.get(group);
      return t ? [{ group, ...t }] : [];
    }),
    typicalDays: median(waits),
  };
}

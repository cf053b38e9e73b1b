/**
 * The hand-off's wording as the page leaves it: the embed's "Continue on the full site"
 * (src/layouts/Embed.astro, read by src/client/embed/continue.lazy.ts) and the full site's offer
 * (src/layouts/Tool.astro, read by HandoffOffer.lazy.tsx). Names only, so the layouts can render
 * the props without loading the code that reads them.
 */
import type { Translation } from '../../../lib/i18n/lang';
import type { handoffOfferText, handoffSendText } from '../../../lib/strings/handoff';
import { defineView } from '../runtime/define';

export type HandoffSendText = Translation<typeof handoffSendText>;
export type HandoffOfferText = Translation<typeof handoffOfferText>;

export const handoffSendView = defineView<HandoffSendText>('handoff-send');
export const handoffOfferView = defineView<HandoffOfferText>('handoff-offer');

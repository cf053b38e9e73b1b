/**
 * Wording the plan bar and the layouts leave in the page for code that loads on demand: plan
 * management (PlanBar.astro, read by PlanManage.lazy.ts), the embed's "Continue on the full
 * site" (src/layouts/Embed.astro, read by src/client/embed/continue.lazy.ts) and the full site's
 * hand-off offer (src/layouts/Tool.astro, read by HandoffOffer.lazy.ts). Names and types only,
 * so the server renders the props without importing the code that reads them.
 */
import type { Translation } from '../../../lib/i18n/lang';
import type { ImportText } from '../../../lib/plans/file.lazy';
import type { handoffOfferText, handoffSendText } from '../../../lib/strings/handoff';
import type { planManageText } from '../../../lib/strings/plan-manage';
import { defineView } from '../runtime/define';

export type PlanManageText = Translation<typeof planManageText> & { import: ImportText };
export type HandoffSendText = Translation<typeof handoffSendText>;
export type HandoffOfferText = Translation<typeof handoffOfferText>;

export const planManageView = defineView<PlanManageText>('planmanage');
export const handoffSendView = defineView<HandoffSendText>('handoff-send');
export const handoffOfferView = defineView<HandoffOfferText>('handoff-offer');

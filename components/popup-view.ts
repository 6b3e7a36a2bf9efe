import type { AnalysisOutcome } from '../messaging/protocol';

/** What the popup shows: an analysis under way, or its outcome. */
export type PopupView = { status: 'analysing' } | AnalysisOutcome;

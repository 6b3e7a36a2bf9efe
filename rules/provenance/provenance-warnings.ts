import { BODY_STEP } from '../../snapshot/article-snapshot';
import type { AuthorField, DateField, PublishedField, PublisherField, Warning } from '../../report/schema';
import type { ProvenanceCode } from '../../report/warning-codes';
import { DAY_MS, instantOf } from './parse-date';

/** A story older than this many days is flagged, so a reader sees its age plainly. */
export const OLD_STORY_DAYS = 365;

export interface WarningInputs {
  author: AuthorField;
  published: PublishedField;
  modified: DateField;
  publisher: PublisherField;
  /** Metadata and visible dates disagree by more than a day. */
  datesDisagree: boolean;
  retrievedAt: string;
}

function warning(code: ProvenanceCode, severity: Warning['severity'], message: string): Warning {
  return { code, severity, category: 'provenance', message, anchor: null };
}

/** Page-level provenance warnings, each with a stable code (documented in docs/report.md). */
export function provenanceWarnings(inputs: WarningInputs): Warning[] {
  const { author, published, modified, publisher } = inputs;
  const warnings: Warning[] = [];
  if (published.value === null) {
    warnings.push(warning('no-date', 'medium', 'The page does not say when it was published.'));
  } else {
    const retrieved = Date.parse(inputs.retrievedAt);
    // A local time may be up to 14 hours off the real instant; only a clear future counts.
    if (!Number.isNaN(retrieved) && instantOf(published.value) - retrieved > DAY_MS) {
      warnings.push(warning('date-in-future', 'medium', `The publication date (${published.value}) is in the future.`));
    }
    if (published.ageDays !== null && published.ageDays > OLD_STORY_DAYS) {
      warnings.push(warning('old-story', 'low', `This story was published ${published.ageDays} days ago (${published.value.slice(0, 10)}).`));
    }
    // Within a day, an earlier modification is a CMS's time-zone slip, not a story dated after its edits.
    if (modified.value !== null && instantOf(modified.value) < instantOf(published.value) - DAY_MS) {
      warnings.push(warning('modified-before-published', 'low', `The page says it was modified (${modified.value}) before it was published (${published.value}).`));
    }
  }
  if (inputs.datesDisagree) {
    warnings.push(warning('date-sources-disagree', 'medium', 'The dates in the page metadata and the dates shown to readers disagree; the story may be backdated or recycled.'));
  }
  if (author.kind === 'none') {
    warnings.push(warning('no-author', 'low', 'The page names no author.'));
  } else if (author.kind === 'generic' || author.kind === 'organisation') {
    warnings.push(warning('generic-author', 'low', `The byline (${author.names.join(', ')}) names no person.`));
  }
  if (publisher.syndicated) {
    warnings.push(warning('syndicated-copy', 'low', `This page is a copy: its canonical address is on another site (${publisher.canonicalUrl ?? ''}).`));
  }
  if (publisher.sponsored) {
    warnings.push(warning('sponsored-content', 'high', 'The page is labelled as sponsored or partner content.'));
  }
  return warnings;
}

/**
 * What the reader should know when a step could not run: the article body unread
 * (Readability threw), some of the page's metadata unread, or a rule that failed.
 * `extractionSteps` and `ruleSteps` name the steps that threw.
 */
export function stepWarnings(extractionSteps: readonly string[], ruleSteps: readonly string[]): Warning[] {
  const warnings: Warning[] = [];
  if (extractionSteps.includes(BODY_STEP)) {
    warnings.push(warning('body-unreadable', 'medium', 'The article text could not be read; only the page metadata (title, author, dates, publisher) was analysed.'));
  }
  const metadataSteps = extractionSteps.filter((step) => step !== BODY_STEP);
  if (metadataSteps.length > 0) {
    warnings.push(warning('metadata-incomplete', 'low', `Part of the page could not be read (${metadataSteps.join(', ')}); the values found elsewhere are shown.`));
  }
  if (ruleSteps.length > 0) {
    warnings.push(warning('analysis-incomplete', 'low', `Part of the analysis failed on this page (${ruleSteps.join(', ')}); those values are left empty.`));
  }
  return warnings;
}

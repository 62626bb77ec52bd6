import { formatDate } from '../formatDate.ts';
import { strings } from '../../strings.ts';
import { toDate } from './postToCheck.ts';

/** One four-eyes review: who checked the text, and when. */
export interface Review {
  reviewer: string;
  date: Date;
}

/** The first check and the latest re-check of a post, as readers are told. */
export interface ReviewSummary {
  first: Review;
  /** The latest review after the first; absent when the text was checked once. */
  latest?: Review;
}

const reviewerId = (value: unknown): string => {
  // Astro turns a reference into `{ collection, id }`; the checklist sees the raw id.
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return typeof value === 'string' ? value.trim() : '';
};

/** The complete reviews of `factCheck.reviews`, oldest first; incomplete entries are left out. */
export function reviewsOf(value: unknown): Review[] {
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((entry) => {
      if (!entry || typeof entry !== 'object') return [];
      const reviewer = reviewerId((entry as Record<string, unknown>).reviewer);
      const date = toDate((entry as Record<string, unknown>).date);
      return reviewer && date ? [{ reviewer, date }] : [];
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** First review and latest re-check, or undefined when the post was never reviewed. */
export function reviewSummary(reviews: readonly Review[]): ReviewSummary | undefined {
  const sorted = [...reviews].sort((a, b) => a.date.getTime() - b.date.getTime());
  const first = sorted[0];
  if (!first) return undefined;
  const latest = sorted.length > 1 ? sorted[sorted.length - 1] : undefined;
  return latest ? { first, latest } : { first };
}

/**
 * The box's sentence about the review: the first check and, when there was
 * one, the latest re-check (naming its editor only when someone else did it).
 *
 * @example reviewStatement(reviews, (id) => names.get(id) ?? id)
 */
export function reviewStatement(reviews: readonly Review[], nameOf: (id: string) => string): string {
  const summary = reviewSummary(reviews);
  if (!summary) return strings.sources.notReviewed;
  const { first, latest } = summary;
  if (!latest) return strings.sources.reviewedBy(nameOf(first.reviewer), formatDate(first.date));
  const again = latest.reviewer === first.reviewer ? undefined : nameOf(latest.reviewer);
  return strings.sources.reviewedAgain(nameOf(first.reviewer), formatDate(first.date), formatDate(latest.date), again);
}

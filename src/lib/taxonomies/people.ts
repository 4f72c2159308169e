import { t } from '../../i18n';
import type { Language } from '../../i18n/languages';
import type { ReviewTerms, Term } from './taxonomies';

/** What a person did on a film. */
export type Role =
  { kind: 'director' } | { kind: 'writer' } | { kind: 'cast'; character?: string | undefined };

/** What `rolesOf` reads from a review; a published `Review` fits. */
export interface CreditSource extends Pick<ReviewTerms, 'credits'> {
  data: { movie: { cast?: { role?: string | undefined }[] | undefined } };
}

/** A person's roles in one review's film: directing, then writing, then each part played. */
export function rolesOf(review: CreditSource, person: Pick<Term, 'slug'>): Role[] {
  const { directors, writers, cast } = review.credits;
  const roles: Role[] = [];
  if (directors.some((term) => term.slug === person.slug)) roles.push({ kind: 'director' });
  if (writers.some((term) => term.slug === person.slug)) roles.push({ kind: 'writer' });
  cast.forEach((term, index) => {
    if (term.slug === person.slug)
      roles.push({ kind: 'cast', character: review.data.movie.cast?.[index]?.role });
  });
  return roles;
}

/** Roles as a reader sees them: `감독, 각본`, `배우 (테오도르)`. */
export function describeRoles(roles: Role[], lang: Language): string {
  return roles
    .map((role) => {
      if (role.kind === 'director') return t(lang, 'role.director');
      if (role.kind === 'writer') return t(lang, 'role.writer');
      return role.character
        ? t(lang, 'role.castAs', { character: role.character })
        : t(lang, 'role.cast');
    })
    .join(', ');
}

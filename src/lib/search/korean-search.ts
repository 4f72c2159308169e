/**
 * Korean for Pagefind. Pagefind splits Korean only at spaces and does not stem it, but it
 * matches every query word as a prefix and indexes the parts of a word joined by ASCII
 * punctuation (`a-b` → `ab`, `a`, `b`). So the copy of a page that Pagefind reads gets,
 * glued to each Korean word, its bare noun (`테오도르는` → `테오도르`) and its inner
 * suffixes (`영화추천` → `화추천`, `추천`): every run of two or more syllables inside a
 * word becomes a prefix of something indexed. The glue is `|~`, which prose never has,
 * so result excerpts are cleaned by cutting it and what follows. Browser-safe: the
 * search page imports this file too.
 */

/** Joins the extra forms to a word in the indexed copy; never in a page readers see. */
const INDEX_GLUE = '|~';

/** Hangul syllables (not loose jamo such as ㅋㅋ). */
const SYLLABLES = /[\uAC00-\uD7A3]+/g;

/**
 * Particles and copulas that follow a noun, longest first so `에서는` wins over `는`.
 * A wrong cut only adds an extra form (the whole word is always kept), so the list
 * favours recall.
 */
const PARTICLES = [
  '이었습니다',
  '였습니다',
  '으로서는',
  '이었다',
  '입니다',
  '이라는',
  '이라고',
  '이지만',
  '에서는',
  '에서도',
  '에게는',
  '에게도',
  '에게서',
  '으로는',
  '으로도',
  '으로서',
  '으로써',
  '까지는',
  '까지도',
  '부터는',
  '처럼',
  '보다',
  '에서',
  '에게',
  '한테',
  '께서',
  '까지',
  '부터',
  '마저',
  '조차',
  '밖에',
  '만큼',
  '대로',
  '이란',
  '라는',
  '라고',
  '이나',
  '이랑',
  '이며',
  '이고',
  '이다',
  '였다',
  '인데',
  '으로',
  '와의',
  '과의',
  '로서',
  '로써',
  '로는',
  '에는',
  '에도',
  '와는',
  '과는',
  '이든',
  '이야',
  '이요',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '도',
  '만',
  '로',
  '와',
  '과',
  '랑',
  '나',
  '께',
  '다',
  '요',
  '야',
];

/** The shortest bare noun worth an entry of its own: two syllables (`영화`). */
const MIN_STEM = 2;
/** Longer runs of syllables are not words but pasted text; they keep only their bare noun. */
const MAX_SPLIT = 12;

/** `테오도르는` → `테오도르`; undefined when no particle ends the word or too little would be left. */
export function stripParticle(word: string): string | undefined {
  for (const particle of PARTICLES) {
    if (word.length - particle.length >= MIN_STEM && word.endsWith(particle))
      return word.slice(0, -particle.length);
  }
  return undefined;
}

/**
 * The forms added to a run of Korean syllables: its bare noun, then every inner suffix
 * of at least two syllables. `영화추천을` → `영화추천`, `화추천을`, `추천을`, `천을`.
 */
export function extraForms(run: string): string[] {
  const forms = new Set<string>();
  const stem = stripParticle(run);
  if (stem) forms.add(stem);
  if (run.length <= MAX_SPLIT)
    for (let start = 1; start <= run.length - MIN_STEM; start++) forms.add(run.slice(start));
  forms.delete(run);
  return [...forms];
}

/** Words already segmented: a blog repeats its vocabulary on every page. */
const segmented = new Map<string, string>();

function segmentWord(word: string): string {
  let found = segmented.get(word);
  if (found === undefined) {
    const forms = [...word.matchAll(SYLLABLES)].flatMap(([run]) => extraForms(run));
    found = forms.length ? `${word}${INDEX_GLUE}${forms.join(INDEX_GLUE)}` : word;
    if (segmented.size > 100_000) segmented.clear();
    segmented.set(word, found);
  }
  return found;
}

/** Text for the index: each word that holds Korean carries its extra forms (`영화추천|~화추천|~추천`). */
export function segmentForIndex(text: string): string {
  return text.replace(/\S+/g, segmentWord);
}

/** The excerpt Pagefind returns, without the extra forms: `<mark>영화추천</mark>`. */
export function cleanExcerpt(excerpt: string): string {
  return excerpt.replaceAll(/\|~[^\s<]*/g, '');
}

/**
 * A reader's query with particles cut off the Korean words, so `테오도르를` finds a
 * review that says `테오도르는`. Pagefind matches prefixes, so this only widens a search.
 */
export function normalizeQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .map((word) => (/^[\uAC00-\uD7A3]+$/.test(word) ? (stripParticle(word) ?? word) : word))
    .join(' ');
}

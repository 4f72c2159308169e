/**
 * Names in the reviews that are probably one person the registry (`content/people.yaml`) has
 * not merged: the same TMDB number, spellings that differ only in spacing, punctuation, case
 * or accents, and Korean transcriptions of one foreign name (`스칼렛 요한슨`, `스칼릿 조핸슨`).
 * `npm run check` warns about each, with the registry lines that would merge them.
 */
import { Document, isSeq } from 'yaml';
import { termKey } from '../slugs';

/** One spelling of a person as written in the reviews (after the registry resolved what it could). */
export interface WrittenName {
  /** The identity the registry or the spelling gives: names the registry merged share it. */
  identity: string;
  name: string;
  tmdb?: number | undefined;
  /** Where it was first written, for the message: `content/reviews/her/index.md:12`. */
  where: string;
  /** How many reviews use it (the more used spelling becomes `name` in the suggestion). */
  uses: number;
}

export interface RegistryPerson {
  name: string;
  en?: string | undefined;
  tmdb?: number | undefined;
  aliases: string[];
  /** The entry's line in `content/people.yaml`, when known: messages point at it. */
  line?: number | undefined;
}

export interface ProbableDuplicate {
  /** Two or more spellings, most used first. */
  names: WrittenName[];
  reason: 'same TMDB id' | 'spacing' | 'Korean transcription' | 'English name';
  /** The people.yaml entry that would merge them, as YAML lines (a new entry, or the existing registry entry with the alias added). */
  suggestion: string[];
}

type Reason = ProbableDuplicate['reason'];

/** From the most to the least certain: a group of spellings warns with its most certain reason. */
const REASONS: readonly Reason[] = [
  'same TMDB id',
  'English name',
  'spacing',
  'Korean transcription',
];

const REGISTRY_FILE = 'content/people.yaml';

/** A spelling compared with the others: one written in a review, or one the registry lists. */
interface Spelling {
  written: WrittenName;
  /** Listed in the registry but written in no review (shown as `content/people.yaml:4`). */
  fromRegistry: boolean;
  /** The `en` of its identity's registry entry: a Latin spelling like it is an 'English name'. */
  registryEn: boolean;
}

interface Link {
  a: Spelling;
  b: Spelling;
  reason: Reason;
}

/** The spellings that are probably one person but have different identities, one warning per group. */
export function probableDuplicates(
  names: WrittenName[],
  registry: RegistryPerson[],
): ProbableDuplicate[] {
  const entries = registryIdentities(names, registry);
  const spellings = [
    ...names.map((written) => spellingOf(written, false, entries.byIdentity.get(written.identity))),
    ...registrySpellings(names, entries),
  ];
  const links = [
    ...bucketLinks(
      spellings,
      (s) => s.written.tmdb,
      () => 'same TMDB id',
    ),
    ...bucketLinks(spellings, (s) => looseKey(s.written.name) || undefined, spacingReason),
    ...transcriptionLinks(spellings),
  ];
  return linkedGroups(links).flatMap((group) => duplicateOf(group, names, entries.byIdentity));
}

/** One warning: the spellings, why they are probably one person, and the registry lines to add. */
export function formatProbableDuplicate(duplicate: ProbableDuplicate): string {
  const listed = duplicate.names.map((name) => `"${name.name}" (${name.where})`);
  const last = listed.pop() ?? '';
  const subjects = listed.length ? `${listed.join(', ')} and ${last}` : last;
  return [
    `people: ${subjects} are probably one person (${duplicate.reason}); add to ${REGISTRY_FILE}:`,
    ...duplicate.suggestion.map((line) => `  ${line}`),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The registry's side

interface RegistryIdentities {
  byIdentity: Map<string, RegistryPerson>;
  identityOf: Map<RegistryPerson, string>;
}

/** Every spelling of a registry entry. */
const spellingsOf = (person: RegistryPerson) => [
  person.name,
  ...(person.en === undefined ? [] : [person.en]),
  ...person.aliases,
];

const registryWhere = (person: RegistryPerson) =>
  person.line === undefined ? REGISTRY_FILE : `${REGISTRY_FILE}:${person.line}`;

/**
 * Which identity each registry entry has: the one of a written name that is one of its
 * spellings (as the registry matches them), else of one with its TMDB number; an entry no
 * review names gets an identity of its own, so a new spelling of it is still caught.
 */
function registryIdentities(names: WrittenName[], registry: RegistryPerson[]): RegistryIdentities {
  const byIdentity = new Map<string, RegistryPerson>();
  const identityOf = new Map<RegistryPerson, string>();
  registry.forEach((person, index) => {
    const keys = new Set(spellingsOf(person).map(termKey));
    const written =
      names.find((name) => keys.has(termKey(name.name))) ??
      names.find((name) => person.tmdb !== undefined && name.tmdb === person.tmdb);
    const identity = written?.identity ?? `${REGISTRY_FILE}#${index}`;
    if (byIdentity.has(identity)) return;
    byIdentity.set(identity, person);
    identityOf.set(person, identity);
  });
  return { byIdentity, identityOf };
}

function spellingOf(
  written: WrittenName,
  fromRegistry: boolean,
  entry: RegistryPerson | undefined,
): Spelling {
  const registryEn = entry?.en !== undefined && termKey(entry.en) === termKey(written.name);
  return { written, fromRegistry, registryEn };
}

/** The registry's spellings no review writes under the entry's identity, compared like written ones. */
function registrySpellings(names: WrittenName[], entries: RegistryIdentities): Spelling[] {
  return [...entries.identityOf].flatMap(([person, identity]) => {
    const written = new Set(
      names.filter((name) => name.identity === identity).map((name) => termKey(name.name)),
    );
    return spellingsOf(person)
      .filter((spelling) => !written.has(termKey(spelling)))
      .map((spelling) =>
        spellingOf(
          { identity, name: spelling, tmdb: person.tmdb, where: registryWhere(person), uses: 0 },
          true,
          person,
        ),
      );
  });
}

// ---------------------------------------------------------------------------------------------
// Links between spellings

/**
 * Links the spellings that share a key across identities: the most used spelling of each
 * identity stands for it, and the first identity links to each other one (one chain is
 * enough to group them).
 */
function bucketLinks(
  spellings: Spelling[],
  keyOf: (spelling: Spelling) => string | number | undefined,
  reasonOf: (a: Spelling, b: Spelling) => Reason,
): Link[] {
  const buckets = new Map<string | number, Map<string, Spelling>>();
  for (const spelling of spellings) {
    const key = keyOf(spelling);
    if (key === undefined) continue;
    const byIdentity = buckets.get(key) ?? new Map<string, Spelling>();
    buckets.set(key, byIdentity);
    const current = byIdentity.get(spelling.written.identity);
    if (!current || moreUsed(spelling, current) < 0)
      byIdentity.set(spelling.written.identity, spelling);
  }
  return [...buckets.values()].flatMap((byIdentity) => {
    const [first, ...others] = byIdentity.values();
    return first
      ? others.map((other) => ({ a: first, b: other, reason: reasonOf(first, other) }))
      : [];
  });
}

/** Most used first; a spelling written in a review before one only the registry lists. */
const moreUsed = (a: Spelling, b: Spelling) =>
  b.written.uses - a.written.uses || Number(a.fromRegistry) - Number(b.fromRegistry);

/** A Latin spelling of a registry entry's `en` is the 'English name' case of a spacing difference. */
const spacingReason = (a: Spelling, b: Spelling): Reason =>
  (a.registryEn && isLatin(b.written.name)) || (b.registryEn && isLatin(a.written.name))
    ? 'English name'
    : 'spacing';

const isLatin = (name: string) => /\p{Script=Latin}/u.test(name);

/**
 * A name without what varies in writing one name: case, spacing, punctuation, accents and
 * Unicode form (`Bong Joon-ho` = `bong joon ho`, `Timothée` = `Timothee`, `봉 준호` = `봉준호`).
 */
export function looseKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Korean transcriptions of foreign names

/**
 * Common one-syllable Korean surnames. A Korean name is its surname and a one- or
 * two-syllable given name, and two Koreans' names often differ in one vowel (`김민수`,
 * `김민서`), so such names are compared only for spacing, never for transcription.
 */
const KOREAN_SURNAMES = new Set(
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌리림라로량렴팽승시견당화창묵순상갈',
);
/** Two-syllable Korean surnames (`남궁민`, `선우정아`). */
const KOREAN_COMPOUND_SURNAMES = new Set(['남궁', '황보', '제갈', '사공', '선우', '서문', '독고']);

/** The words of a name written in Hangul syllables only (`장·뤽 고다르`), else undefined. */
function hangulWords(name: string): string[][] | undefined {
  const words = name
    .normalize('NFC')
    .split(/[\s·・.\-‐]+/u)
    .filter(Boolean);
  const isHangul = (word: string) => /^[\uAC00-\uD7A3]+$/u.test(word);
  return words.length && words.every(isHangul) ? words.map((word) => [...word]) : undefined;
}

const startsWithSurname = (word: string[]) =>
  KOREAN_COMPOUND_SURNAMES.has(word.slice(0, 2).join(''))
    ? 2
    : KOREAN_SURNAMES.has(word[0] ?? '')
      ? 1
      : 0;

/** `봉준호`, `봉 준호`, `남궁민`, `선우 정아`: a surname and a given name of one or two syllables. */
function isKoreanName(words: string[][]): boolean {
  const [first, second, ...rest] = words;
  if (!first || rest.length) return false;
  if (!second) {
    const surname = startsWithSurname(first);
    return surname > 0 && first.length - surname >= 1 && first.length - surname <= 2;
  }
  return startsWithSurname(first) === first.length && second.length <= 2;
}

const INITIALS = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
const MEDIALS = [...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'];
const FINALS = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];

interface Syllable {
  initial: string;
  medial: string;
  final: string;
}

/** A Hangul syllable's letters: U+AC00 + (initial × 21 + medial) × 28 + final. */
function jamoOf(syllable: string): Syllable {
  const code = syllable.charCodeAt(0) - 0xac00;
  return {
    initial: INITIALS[Math.floor(code / 588)] ?? '',
    medial: MEDIALS[Math.floor((code % 588) / 28)] ?? '',
    final: FINALS[code % 28] ?? '',
  };
}

/** Tense consonants are a plain one written harder (`빠`, `바`); English has no such contrast. */
const PLAIN: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };
/** Y-vowels: a word-initial `요`, `유` transcribes a J as often as `조`, `주` (Johansson). */
const Y_VOWELS = new Set([...'ㅑㅒㅕㅖㅛㅠ']);
/**
 * A final consonant as the sound it stands for, so that it equals the syllable written out
 * with `ㅡ`: `콧` = `코트`, `잭` = `재크`, `립` = `리프`; `ŋ` keeps a final ㅇ apart from none.
 */
const FINAL_SOUND: Record<string, string> = {
  ...Object.fromEntries([...'ㄱㄲㄳㅋ'].map((jamo) => [jamo, 'ㅋ'])),
  ...Object.fromEntries([...'ㄴㄵㄶ'].map((jamo) => [jamo, 'ㄴ'])),
  ...Object.fromEntries([...'ㄷㅅㅆㅈㅊㅌㅎ'].map((jamo) => [jamo, 'ㅌ'])),
  ...Object.fromEntries([...'ㄹㄺㄻㄼㄽㄾㄿㅀ'].map((jamo) => [jamo, 'ㄹ'])),
  ...Object.fromEntries([...'ㅂㅄㅍ'].map((jamo) => [jamo, 'ㅍ'])),
  ㅁ: 'ㅁ',
  ㅇ: 'ŋ',
};

const initialSound = (syllable: Syllable, wordStart: boolean) =>
  syllable.initial !== 'ㅇ'
    ? (PLAIN[syllable.initial] ?? syllable.initial)
    : wordStart && Y_VOWELS.has(syllable.medial)
      ? 'ㅈ'
      : '';

/**
 * A word as the sounds a transcription keeps: consonants, and vowels but `ㅡ` (which only
 * lets a consonant stand alone: `나르도` ~ `나도`, `빌르뇌브` ~ `빌뇌브`); a silent `ㅇ`
 * is dropped and a doubled consonant is one (`엠마` ~ `에마`, `스칼렛` ~ `스카렛`).
 */
function soundsOf(word: string[]): string[] {
  const syllables = word.map(jamoOf);
  return syllables.flatMap((syllable, index) => {
    const next = syllables[index + 1];
    const final = FINAL_SOUND[syllable.final] ?? '';
    const doubled = next !== undefined && initialSound(next, false) === final;
    return [
      initialSound(syllable, index === 0),
      syllable.medial === 'ㅡ' ? '' : syllable.medial,
      doubled ? '' : final,
    ].filter(Boolean);
  });
}

const VOWELS = new Set(MEDIALS);
const isVowel = (sound: string) => VOWELS.has(sound);

/** A vowel without its glide: `ㅛ` is `ㅗ`, `ㅞ` is `ㅔ`; the glide varies in transcription. */
const VOWEL_BASE: Record<string, string> = {
  ㅑ: 'ㅏ',
  ㅕ: 'ㅓ',
  ㅛ: 'ㅗ',
  ㅠ: 'ㅜ',
  ㅒ: 'ㅐ',
  ㅖ: 'ㅔ',
  ㅘ: 'ㅏ',
  ㅝ: 'ㅓ',
  ㅙ: 'ㅐ',
  ㅞ: 'ㅔ',
  ㅚ: 'ㅔ',
  ㅟ: 'ㅣ',
  ㅢ: 'ㅣ',
};
/**
 * Vowels one foreign vowel is written with: `ㅔ`/`ㅐ`/`ㅣ` (스칼렛, 스칼릿), `ㅏ`/`ㅓ`/`ㅗ`
 * (놀란, 놀런; 스콧, 스캇), and `ㅐ` or `ㅔ` for `ㅏ` or `ㅓ` (카메론, 캐머런; 잭맨, 잭먼).
 * Not `ㅣ` for `ㅏ`/`ㅓ`/`ㅗ`, nor `ㅜ` for any: Japanese names differ just so (`유코`, `유키`).
 */
const CONFUSED_VOWELS = new Set([
  'ㅐㅔ',
  'ㅐㅣ',
  'ㅔㅣ',
  'ㅏㅓ',
  'ㅏㅗ',
  'ㅓㅗ',
  'ㅏㅐ',
  'ㅓㅔ',
  'ㅐㅓ',
]);

function sameVowel(a: string, b: string): boolean {
  const [x, y] = [VOWEL_BASE[a] ?? a, VOWEL_BASE[b] ?? b].sort();
  return x === y || CONFUSED_VOWELS.has(`${x}${y}`);
}

/** The sounds with every vowel that may be confused as one, to find candidates by key. */
const coarse = (sounds: string[]) =>
  sounds.map((sound) => (!isVowel(sound) ? sound : 'ㅜㅠ'.includes(sound) ? 'U' : 'V')).join('');

/** Edits between two words' sounds: a confused vowel is no edit, a vowel for a consonant is two. */
function soundDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  a.forEach((x, i) => {
    const current = [i + 1];
    b.forEach((y, j) => {
      const substitution =
        isVowel(x) !== isVowel(y) ? 2 : x === y || (isVowel(x) && sameVowel(x, y)) ? 0 : 1;
      current.push(
        Math.min(
          (previous[j + 1] ?? 0) + 1,
          (current[j] ?? 0) + 1,
          (previous[j] ?? 0) + substitution,
        ),
      );
    });
    previous = current;
  });
  return previous[b.length] ?? 0;
}

interface Transcription {
  spelling: Spelling;
  words: string[][];
  sounds: string[][];
  syllables: number;
}

/**
 * Whether a name reads as the transcription of a foreign name: all Hangul, and not a Korean
 * name (a known surname and a short given name), so it has 4 or more syllables or a
 * first word that is not a surname (`조던 필`).
 */
function transcriptionOf(spelling: Spelling): Transcription | undefined {
  const words = hangulWords(spelling.written.name);
  if (!words || isKoreanName(words)) return undefined;
  const syllables = words.reduce((sum, word) => sum + word.length, 0);
  if (words.length === 1 && syllables < 4) return undefined;
  return { spelling, words, sounds: words.map(soundsOf), syllables };
}

/** Long names may differ in one sound, in a word of three syllables or more (`티모시`, `티모테`). */
const MIN_SYLLABLES_FOR_A_SLIP = 5;
const MIN_WORD_SYLLABLES_FOR_A_SLIP = 3;

/**
 * Two transcriptions of one name: the same sounds, confused vowels aside; or, for names of
 * five syllables or more in as many words, one sound apart in one long word. Short words
 * must agree, so `라나`/`릴리 워쇼스키` and `마이클 케인`/`키튼` stay apart.
 */
function sameTranscription(a: Transcription, b: Transcription): boolean {
  if (a.words.length !== b.words.length)
    return soundDistance(a.sounds.flat(), b.sounds.flat()) === 0;
  const slips = a.sounds.map((sounds, index) => soundDistance(sounds, b.sounds[index] ?? []));
  const total = slips.reduce((sum, slip) => sum + slip, 0);
  if (total === 0) return true;
  if (total > 1 || Math.min(a.syllables, b.syllables) < MIN_SYLLABLES_FOR_A_SLIP) return false;
  const index = slips.findIndex((slip) => slip > 0);
  const shorter = Math.min(a.words[index]?.length ?? 0, b.words[index]?.length ?? 0);
  return shorter >= MIN_WORD_SYLLABLES_FOR_A_SLIP;
}

/**
 * Candidate pairs share the coarse sounds of the whole name, or of all words but one long
 * word, which then share that word or the word less one sound (a sound apart share one
 * such key); each pair is then compared exactly.
 */
function transcriptionKeys(transcription: Transcription): string[] {
  const words = transcription.sounds.map(coarse);
  const keys = new Set([`=${words.join('')}`]);
  if (transcription.syllables >= MIN_SYLLABLES_FOR_A_SLIP)
    transcription.words.forEach((word, index) => {
      if (word.length < MIN_WORD_SYLLABLES_FOR_A_SLIP) return;
      const sounds = words[index] ?? '';
      const others = words.map((other, at) => (at === index ? '*' : other)).join(' ');
      for (let cut = -1; cut < sounds.length; cut++)
        keys.add(`${others}|${cut < 0 ? sounds : sounds.slice(0, cut) + sounds.slice(cut + 1)}`);
    });
  return [...keys];
}

function transcriptionLinks(spellings: Spelling[]): Link[] {
  const buckets = new Map<string, Transcription[]>();
  for (const spelling of spellings) {
    const transcription = transcriptionOf(spelling);
    if (!transcription) continue;
    for (const key of transcriptionKeys(transcription)) {
      const bucket = buckets.get(key) ?? [];
      buckets.set(key, bucket);
      bucket.push(transcription);
    }
  }
  const links: Link[] = [];
  for (const bucket of buckets.values())
    bucket.forEach((a, index) => {
      for (const b of bucket.slice(index + 1))
        if (a.spelling.written.identity !== b.spelling.written.identity && sameTranscription(a, b))
          links.push({ a: a.spelling, b: b.spelling, reason: 'Korean transcription' });
    });
  return links;
}

// ---------------------------------------------------------------------------------------------
// Groups and suggestions

/** The links in groups of identities joined by any link (so three spellings are one group). */
function linkedGroups(links: Link[]): Link[][] {
  const parent = new Map<string, string>();
  const root = (identity: string): string => {
    const up = parent.get(identity) ?? identity;
    if (up === identity) return identity;
    const top = root(up);
    parent.set(identity, top);
    return top;
  };
  for (const { a, b } of links) {
    const [x, y] = [root(a.written.identity), root(b.written.identity)];
    if (x !== y) parent.set(y, x);
  }
  const groups = new Map<string, Link[]>();
  for (const link of links) {
    const key = root(link.a.written.identity);
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    group.push(link);
  }
  return [...groups.values()];
}

/** A group's warning, unless only the registry names it (two entries no review uses). */
function duplicateOf(
  links: Link[],
  names: WrittenName[],
  entries: Map<string, RegistryPerson>,
): ProbableDuplicate[] {
  const identities = new Set(links.flatMap(({ a, b }) => [a.written.identity, b.written.identity]));
  const written = names.filter((name) => identities.has(name.identity));
  if (!written.length) return [];
  const shown = [...new Set(links.flatMap(({ a, b }) => [a, b]))].sort(moreUsed);
  const reason = REASONS.find((candidate) => links.some((link) => link.reason === candidate));
  return [
    {
      names: [...new Set(shown.map((spelling) => spelling.written))],
      reason: reason ?? 'spacing',
      suggestion: suggestionFor([...identities], written, entries),
    },
  ];
}

/** Spellings once each (as the registry matches them), most used first. */
function distinctSpellings(names: WrittenName[]): WrittenName[] {
  const seen = new Set<string>();
  return [...names]
    .sort((a, b) => b.uses - a.uses)
    .filter((name) => !seen.has(termKey(name.name)) && seen.add(termKey(name.name)));
}

/**
 * The registry lines that merge a group: the entry of its most used identity with the other
 * spellings (and other entries' spellings) as aliases, or a new entry named by the most used
 * spelling.
 */
function suggestionFor(
  identities: string[],
  written: WrittenName[],
  entries: Map<string, RegistryPerson>,
): string[] {
  const usesOf = (identity: string) =>
    written.filter((name) => name.identity === identity).reduce((sum, name) => sum + name.uses, 0);
  const registered = identities
    .filter((identity) => entries.has(identity))
    .sort((a, b) => usesOf(b) - usesOf(a));
  const [main, ...merged] = registered.map((identity) => entries.get(identity)!);
  if (!main) {
    const [first, ...others] = distinctSpellings(written);
    const tmdb = written.find((name) => name.tmdb !== undefined)?.tmdb;
    return entryLines({
      name: first?.name ?? '',
      tmdb: tmdb,
      aliases: others.map((name) => name.name),
    });
  }
  const known = new Set(spellingsOf(main).map(termKey));
  const newSpellings = [
    ...distinctSpellings(written.filter((name) => entries.get(name.identity) !== main)).map(
      (name) => name.name,
    ),
    ...merged.flatMap(spellingsOf),
  ].filter((spelling) => !known.has(termKey(spelling)) && known.add(termKey(spelling)));
  const tmdb =
    main.tmdb ??
    merged.find((person) => person.tmdb !== undefined)?.tmdb ??
    written.find((name) => name.tmdb !== undefined)?.tmdb;
  return [
    `# in place of the entry of ${main.name}${main.line === undefined ? '' : ` (line ${main.line})`}`,
    ...entryLines({ ...main, tmdb, aliases: [...main.aliases, ...newSpellings] }),
    ...merged.map(
      (person) =>
        `# and delete the entry of ${person.name}${person.line === undefined ? '' : ` (line ${person.line})`}`,
    ),
  ];
}

/** A registry entry as YAML lines, aliases on one line; `yaml` quotes what needs quoting. */
function entryLines(person: Omit<RegistryPerson, 'line'>): string[] {
  const entry = {
    name: person.name,
    ...(person.en === undefined ? {} : { en: person.en }),
    ...(person.tmdb === undefined ? {} : { tmdb: person.tmdb }),
    ...(person.aliases.length ? { aliases: person.aliases } : {}),
  };
  const document = new Document([entry]);
  const aliases = document.getIn([0, 'aliases'], true);
  if (isSeq(aliases)) aliases.flow = true;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().split('\n');
}

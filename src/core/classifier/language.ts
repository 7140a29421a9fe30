/**
 * A cheap guess at whether a caption is English. The cue patterns are English; on other languages they can
 * only produce wrong labels, so a line that does not look English gets none (silence beats a wrong card).
 */
import type { NormalizedText } from '../text-normalize';

/**
 * Short, frequent English words. Words just as common in Spanish, German or French ("a", "no", "me", "in",
 * "so", "an") are left out so they cannot vouch for a foreign line.
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'to', 'of', 'and', 'is', 'it', "it's", 'i', "i'm", "i'd", "i'll", 'you', 'we', "we're", "we've",
  'that', "that's", 'this', 'for', 'on', 'with', 'be', 'are', 'have', 'has', 'do', 'does', "don't", 'not',
  'but', 'what', 'how', 'our', 'my', 'your', 'can', "can't", 'just', 'about', 'really', 'would', 'they',
  'there', 'if', 'at', 'or', 'too', 'been', 'from', 'us', 'some', 'any', 'very', 'like', 'think', 'know',
  'yeah', 'okay', 'right', 'because', 'which', 'when', 'where', 'why', 'who', 'them', 'their', 'could',
  'should', 'get', 'got', 'going', 'want', 'need', 'much', 'more', 'all', 'also', 'already', "isn't",
  "doesn't", "you're", 'one', 'out', 'up', 'by', 'as', "let's", 'let', 'next', 'back', 'now', 'then',
  'than', 'here', 'over', 'maybe', 'still', "we'll", "i'll", "it'll", "won't", 'did', "didn't", 'were', 'had',
  'go', 'see', 'make', 'take', 'well', 'sure', 'thanks', 'great', 'sounds', 'looks', 'yes', 'these', 'those',
]);

/** Frequent function words of the languages we most expect on sales calls besides English. */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // Spanish / Portuguese
  'que', 'el', 'los', 'las', 'es', 'muy', 'pero', 'para', 'por', 'con', 'una', 'nosotros', 'porque',
  'está', 'esto', 'eso', 'este', 'esta', 'tenemos', 'año', 'y', 'en', 'un', 'mi', 'nuestro', 'nuestra',
  'não', 'você', 'uma', 'isso', 'mas', 'é', 'del', 'lo', 'sí',
  // German
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'wir', 'ich', 'zu', 'mit', 'für', 'auch', 'aber', 'uns',
  'haben', 'sind', 'ein', 'eine', 'noch', 'dass', 'sie',
  // French / Italian
  'le', 'les', 'est', 'et', 'pas', 'nous', 'pour', 'avec', "c'est", 'je', 'vous', 'une', 'des', 'il',
  'che', 'non', 'per', 'sono', 'trop', 'cher', 'ça',
]);

/** Letters outside the Latin script (Cyrillic, Greek, Arabic, Hebrew, CJK, Hangul, Indic...). */
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u052f\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const LATIN_LETTER = /[a-z\u00c0-\u024f]/giu;
/** Accented Latin letters (ñ, ß, é, ł, ş...): rare in English captions, common in most other Latin-script languages. */
const ACCENTED_LETTER = /[\u00c0-\u024f]/gu;

export function looksEnglish(n: NormalizedText, raw: string): boolean {
  const nonLatin = raw.match(NON_LATIN_LETTER)?.length ?? 0;
  if (nonLatin > 0) {
    const latin = raw.match(LATIN_LETTER)?.length ?? 0;
    if (nonLatin >= latin) return false;
  }
  let english = 0;
  let foreign = 0;
  for (const word of n.words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english += 1;
    if (FOREIGN_FUNCTION_WORDS.has(word)) foreign += 1;
  }
  if (foreign >= 2 && foreign > english) return false;
  // Ordinary English is a third or more function words; a longer line with almost none is another language.
  const share = n.words.length === 0 ? 0 : english / n.words.length;
  if (n.words.length >= 6 && share < 0.1) return false;
  const accented = raw.match(ACCENTED_LETTER)?.length ?? 0;
  return !(accented >= 2 && share < 0.2);
}

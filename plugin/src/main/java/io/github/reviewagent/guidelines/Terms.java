package io.github.reviewagent.guidelines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into search terms. Identifiers are split the way code is read ({@code maxRetryCount},
 * {@code MAX_RETRY_COUNT} and {@code HTTPServer} give their words), and the joined identifier is kept as an
 * extra term so an exact identifier match ranks higher. Terms are lowercased, common English words dropped,
 * a light suffix stripping makes {@code logging}, {@code logged} and {@code logs} the same term, and Chinese or
 * Japanese text (no spaces between words) gives overlapping character pairs; query
 * and documents go through the same steps, so the stems only need to be consistent, not pretty.
 */
final class Terms {

  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
          "before", "but", "by", "can", "could", "did", "do", "does", "each", "either", "for", "from", "had",
          "has", "have", "he", "her", "here", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me",
          "more", "most", "my", "of", "on", "or", "other", "our", "she", "so", "some", "such", "than", "that",
          "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "us", "was", "we",
          "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
          "you", "your");

  private Terms() {}

  /** The terms of the text, in order, repeated as often as they occur. */
  static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      while (i < length && !isIdentifierPart(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean cjk = i < length && isCjk(text.charAt(i));
      while (i < length && isIdentifierPart(text.charAt(i)) && isCjk(text.charAt(i)) == cjk) {
        i++;
      }
      if (start < i && cjk) {
        bigrams(text.substring(start, i), terms);
      } else if (start < i) {
        identifier(text.substring(start, i), terms);
      }
    }
    return terms;
  }

  /** Chinese and Japanese are written without spaces between words. */
  private static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || c == '\u30FC';
  }

  /**
   * Overlapping pairs of characters, as search engines index CJK text: a sentence taken as one term would match
   * only a query of the whole sentence. A lone character is its own term.
   */
  private static void bigrams(String run, List<String> terms) {
    if (run.length() == 1) {
      terms.add(run);
      return;
    }
    for (int i = 0; i + 1 < run.length(); i++) {
      terms.add(run.substring(i, i + 2));
    }
  }

  /** Combining marks belong to their letter: Indic vowel signs, decomposed accents. */
  private static boolean isIdentifierPart(char c) {
    if (c == '_' || Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static void identifier(String identifier, List<String> terms) {
    if (isPlainWord(identifier)) {
      // Most words of prose: no underscore, no inner capital; skip the splitting regex.
      add(terms, identifier.toLowerCase(Locale.ROOT));
      return;
    }
    List<String> words = new ArrayList<>();
    for (String piece : identifier.split("_")) {
      for (String word : CAMEL.split(piece)) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    words.forEach(word -> add(terms, word));
    if (words.size() > 1) {
      add(terms, String.join("", words));
    }
  }

  private static boolean isPlainWord(String identifier) {
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c == '_' || i > 0 && Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<String> terms, String word) {
    if (!STOP_WORDS.contains(word)) {
      terms.add(stem(word));
    }
  }

  /** Strips plural and -ing/-ed endings from words long enough to keep a meaningful stem. */
  static String stem(String word) {
    int length = word.length();
    if (length > 4 && word.endsWith("ies")) {
      return word.substring(0, length - 3) + "y";
    }
    if (length > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes"))) {
      return word.substring(0, length - 2);
    }
    if (length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
      return word.substring(0, length - 1);
    }
    if (length > 5 && word.endsWith("ing")) {
      return undouble(word.substring(0, length - 3));
    }
    if (length > 4 && word.endsWith("ed")) {
      return undouble(word.substring(0, length - 2));
    }
    return word;
  }

  /** {@code logg} (from logging) becomes {@code log}; {@code call} and {@code pass} stay. */
  private static String undouble(String stem) {
    int length = stem.length();
    if (length > 2) {
      char last = stem.charAt(length - 1);
      if (last == stem.charAt(length - 2) && "lsz".indexOf(last) < 0 && Character.isLetter(last)
          && "aeiou".indexOf(last) < 0) {
        return stem.substring(0, length - 1);
      }
    }
    return stem;
  }
}

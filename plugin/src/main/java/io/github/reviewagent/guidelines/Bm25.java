package io.github.reviewagent.guidelines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over a fixed set of passages (k1 = 1.2, b = 0.75, the usual defaults; idf as in Lucene, never
 * negative). Inverted lists make a query cost proportional to the passages that share a term with it, so
 * thousands of passages answer in well under a millisecond. Immutable once built, hence thread-safe.
 */
final class Bm25 {

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  /** Passage indices and term frequencies of one term, in passage order. */
  private record Postings(int[] passages, int[] frequencies) {}

  private final Map<String, Postings> postings;
  private final int[] lengths;
  private final double averageLength;

  Bm25(List<List<String>> passageTerms) {
    Map<String, List<int[]>> lists = new HashMap<>();
    lengths = new int[passageTerms.size()];
    long total = 0;
    for (int passage = 0; passage < passageTerms.size(); passage++) {
      List<String> terms = passageTerms.get(passage);
      lengths[passage] = terms.size();
      total += terms.size();
      Map<String, Integer> frequencies = new HashMap<>();
      terms.forEach(term -> frequencies.merge(term, 1, Integer::sum));
      for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
        lists.computeIfAbsent(entry.getKey(), t -> new ArrayList<>()).add(new int[] {passage, entry.getValue()});
      }
    }
    averageLength = passageTerms.isEmpty() ? 0 : (double) total / passageTerms.size();
    postings = new HashMap<>(lists.size() * 2);
    lists.forEach((term, list) -> {
      int[] passages = new int[list.size()];
      int[] frequencies = new int[list.size()];
      for (int i = 0; i < list.size(); i++) {
        passages[i] = list.get(i)[0];
        frequencies[i] = list.get(i)[1];
      }
      postings.put(term, new Postings(passages, frequencies));
    });
  }

  /** The score of every passage for the query terms (each distinct term counted once); 0 where none occurs. */
  double[] scores(List<String> queryTerms) {
    double[] scores = new double[lengths.length];
    int count = lengths.length;
    for (String term : new LinkedHashSet<>(queryTerms)) {
      Postings list = postings.get(term);
      if (list == null) {
        continue;
      }
      int df = list.passages().length;
      double idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      for (int i = 0; i < df; i++) {
        int passage = list.passages()[i];
        double tf = list.frequencies()[i];
        double norm = K1 * (1 - B + B * lengths[passage] / averageLength);
        scores[passage] += idf * tf * (K1 + 1) / (tf + norm);
      }
    }
    return scores;
  }
}

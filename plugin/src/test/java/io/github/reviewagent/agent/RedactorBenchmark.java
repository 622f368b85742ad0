package io.github.reviewagent.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How long {@link Redactor#redact} takes on real Java sources (the metrics-tool test corpus: commons-lang3 and
 * jackson-databind), and what it redacts there: that code holds no secrets, so every placeholder it prints is a
 * false positive worth a look; then on text dense with secrets. Prints figures, asserts none about time. Unpack the corpus, then run (from the
 * repository root)
 * {@code ./mvnw -B -q -pl metrics-tool generate-test-resources} and
 * {@code ./mvnw -B -q -pl plugin -am test -Dtest=RedactorBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}.
 */
class RedactorBenchmark {

  private static final Path CORPUS = Path.of("../metrics-tool/target/corpus");
  private static final int EXAMPLES = 20;
  private static final String DENSE =
      """
        12| db.password=hunter22xyz
        13| String apiKey = "k-1234abcdef"; // token
        14| <password>{COQLCE6DU6GtcS5P=}</password>
        15| Authorization: Bearer abc123def456ghi789
        16| url: jdbc:postgresql://app:s3cr3t@db/app
        17| if (password == null) { token = getToken(); }
      """;
  private static final Pattern PLACEHOLDER = Pattern.compile("<redacted:[a-z\\-]+>");

  @Test
  void redactionSpeedOnRealSources() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "run with -Dbenchmark=true");
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "unpack the corpus: ./mvnw -B -q -pl metrics-tool generate-test-resources");
    List<String> files = new ArrayList<>();
    String largest = "";
    try (Stream<Path> paths = Files.walk(CORPUS)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(path);
        files.add(text);
        largest = text.length() > largest.length() ? text : largest;
      }
    }
    long chars = files.stream().mapToLong(String::length).sum();

    Map<String, Integer> placeholders = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    for (String text : files) {
      String redacted = Redactor.redact(text);
      Matcher matcher = PLACEHOLDER.matcher(redacted);
      while (matcher.find()) {
        placeholders.merge(matcher.group(), 1, Integer::sum);
      }
      List<String> before = text.lines().toList();
      List<String> after = redacted.lines().toList();
      for (int i = 0; i < after.size() && examples.size() < EXAMPLES; i++) {
        if (!after.get(i).equals(before.get(i))) {
          examples.add(before.get(i).strip());
        }
      }
    }
    double corpusMs = medianMs(10, () -> files.forEach(Redactor::redact));
    String big = largest;
    double bigMs = medianMs(30, () -> Redactor.redact(big));

    System.out.printf(Locale.ROOT, "redactor: corpus %d files, %.1f MB: median %.1f ms per pass (%.0f MB/s)%n",
        files.size(), chars / 1e6, corpusMs, chars / 1e6 / (corpusMs / 1e3));
    System.out.printf(Locale.ROOT, "redactor: largest file %d chars: median %.2f ms%n", big.length(), bigMs);
    System.out.printf(Locale.ROOT, "redactor: placeholders in the corpus (false positives): %s%n", placeholders);
    examples.forEach(line -> System.out.println("  redacted: " + line));

    // The other extreme: a secret name on every line, and the same lines as one JSON string (one long line).
    String dense = DENSE.repeat(1_000_000 / DENSE.length());
    String json = "{\"content\":\"" + dense.replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    double denseMs = medianMs(10, () -> Redactor.redact(dense));
    double jsonMs = medianMs(10, () -> Redactor.redact(json));
    System.out.printf(Locale.ROOT, "redactor: dense secrets, %d lines, %.1f MB: median %.1f ms; as one JSON line (%.1f MB): %.1f ms%n",
        dense.lines().count(), dense.length() / 1e6, denseMs, json.length() / 1e6, jsonMs);
  }

  /** Median wall time of {@code rounds} runs after as many warm-up runs. */
  private static double medianMs(int rounds, Runnable run) {
    for (int i = 0; i < rounds; i++) {
      run.run();
    }
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      run.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[rounds / 2];
  }
}

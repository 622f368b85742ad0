import io.github.reviewagent.guidelines.GuidelineIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Times GuidelineIndex on a synthetic .review/ folder: the build (what the first search of a review pays)
 * and searches per second. Usage: java GuidelineBench [documents] [runs]
 */
public final class GuidelineBench {

  private static final String[] WORDS = (
      "logging exception handling null optional stream collection immutable record interface service repository"
          + " transaction timeout retry configuration validation input boundary test assertion mock fixture naming"
          + " method class package module dependency injection thread concurrency lock cache memory performance"
          + " security token password encryption audit payment invoice customer order account balance currency"
          + " rounding decimal api endpoint version deprecation documentation javadoc comment review merge branch")
      .split(" ");

  public static void main(String[] args) throws Exception {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path root = Files.createTempDirectory("guideline-bench");
    try {
      long bytes = generate(root, documents);
      List<String> queries = queries(1_000);
      double coldMs = 0;
      double bestMs = Double.MAX_VALUE;
      int passagesFound = 0;
      GuidelineIndex index = null;
      for (int run = 0; run < runs; run++) {
        index = new GuidelineIndex(root, List.of());
        long start = System.nanoTime();
        int indexed = index.documents().size();
        double ms = (System.nanoTime() - start) / 1e6;
        if (indexed != documents) {
          throw new IllegalStateException("indexed " + indexed + " of " + documents + " documents");
        }
        coldMs = run == 0 ? ms : coldMs;
        bestMs = Math.min(bestMs, ms);
      }
      for (String query : queries) {
        passagesFound += index.search(query, null, 5).size();
      }
      long start = System.nanoTime();
      for (int round = 0; round < 5; round++) {
        for (String query : queries) {
          index.search(query, "src/main/java/com/acme/payments/Refund.java", 5);
        }
      }
      double searchSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("documents %d, %.1f MB, load average %.2f%n", documents, bytes / 1e6,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf("build: first %.0f ms (cold JVM), best of %d %.0f ms%n", coldMs, runs, bestMs);
      System.out.printf("search: %.0f queries/s (%.3f ms each), %.1f passages per query%n",
          5 * queries.size() / searchSeconds, searchSeconds * 1000 / (5 * queries.size()), passagesFound / (double) queries.size());
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** Documents of about 5 KB: eight sections of prose, some scoped by front matter. */
  private static long generate(Path root, int documents) throws IOException {
    Random random = new Random(42);
    Path folder = Files.createDirectories(root.resolve(".review"));
    long bytes = 0;
    for (int d = 0; d < documents; d++) {
      StringBuilder text = new StringBuilder();
      if (d % 5 == 0) {
        text.append("---\npaths: [\"src/main/java/com/acme/area").append(d).append("/**\"]\n---\n");
      }
      text.append("# Guide ").append(d).append("\n\n");
      for (int s = 0; s < 8; s++) {
        text.append("## ").append(word(random)).append(' ').append(word(random)).append("\n\n");
        for (int p = 0; p < 2; p++) {
          for (int w = 0; w < 45; w++) {
            text.append(w % 9 == 0 ? "the " : "").append(word(random)).append(w % 12 == 11 ? ".\n" : " ");
          }
          text.append("\n\n");
        }
      }
      Files.writeString(folder.resolve("guide-" + d + ".md"), text);
      bytes += text.length();
    }
    return bytes;
  }

  private static List<String> queries(int count) {
    Random random = new Random(7);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      queries.add(word(random) + " " + word(random) + (i % 3 == 0 ? " maxRetryCount" : ""));
    }
    return queries;
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }
}

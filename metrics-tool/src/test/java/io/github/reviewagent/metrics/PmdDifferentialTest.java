package io.github.reviewagent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares our CYCLO, NPath and NCSS with PMD 7's own on real code: the sources of commons-lang3 and
 * jackson-databind that the module's POM unpacks into {@code target/corpus}. A method is matched by file,
 * name and line; PMD's line is the one after the method's annotations, ours the first annotation's, so
 * PMD's line must fall inside our declaration (the innermost one when several do).
 */
class PmdDifferentialTest {

  private static final Path CORPUS = Path.of("target/corpus");
  private static final double REQUIRED_AGREEMENT = 0.99;

  private static final List<Pair> pairs = new ArrayList<>();
  private static final List<String> unmatched = new ArrayList<>();
  private static final LongAdder ourNanos = new LongAdder();
  private static final LongAdder pmdNanos = new LongAdder();

  /** One method measured by both. */
  record Pair(String file, PmdReference.Measured pmd, MethodReport ours) {
    long pmdCyclomatic() {
      return pmd.cyclomatic();
    }

    long ourCyclomatic() {
      return ours.metrics().cyclomatic();
    }

    long pmdNpath() {
      return pmd.npath();
    }

    long ourNpath() {
      return ours.metrics().npath();
    }

    long pmdNcss() {
      return pmd.ncss();
    }

    long ourNcss() {
      return ours.metrics().ncss();
    }
  }

  @BeforeAll
  static void measureCorpus() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    // Fewer files than this means the corpus was not unpacked: the comparison would prove nothing.
    assertThat(files).as("Java files unpacked by the module POM into %s", CORPUS.toAbsolutePath()).hasSizeGreaterThan(500);
    long start = System.nanoTime();
    MetricsAnalyzer analyzer = new MetricsAnalyzer();
    try (PmdReference pmd = new PmdReference(MetricsAnalyzer.DEFAULT_JAVA_VERSION)) {
      // both sides are thread-safe; files in parallel keep the test in seconds (results stay in file order)
      for (Compared compared : files.parallelStream().map(file -> compare(file, analyzer, pmd)).toList()) {
        pairs.addAll(compared.pairs());
        unmatched.addAll(compared.unmatched());
      }
    }
    System.out.printf(
        "PMD differential: %d files, %d methods matched, %d unmatched, %d ms (CPU in ours %d ms, in PMD %d ms)%n",
        files.size(),
        pairs.size(),
        unmatched.size(),
        (System.nanoTime() - start) / 1_000_000,
        ourNanos.sum() / 1_000_000,
        pmdNanos.sum() / 1_000_000);
  }

  /** What one file gave. */
  private record Compared(List<Pair> pairs, List<String> unmatched) {}

  private static Compared compare(Path file, MetricsAnalyzer analyzer, PmdReference pmd) {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = CORPUS.relativize(file).toString();
    long start = System.nanoTime();
    FileReport ours = analyzer.analyze(name, source);
    ourNanos.add(System.nanoTime() - start);
    assertThat(ours.error()).as("parse problem in %s", name).isNull();
    List<MethodReport> methods = ours.types().stream().flatMap(t -> t.methods().stream()).toList();
    List<Pair> pairs = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    start = System.nanoTime();
    List<PmdReference.Measured> reference = pmd.measure(name, source);
    pmdNanos.add(System.nanoTime() - start);
    for (PmdReference.Measured measured : reference) {
      Optional<MethodReport> match = match(measured, methods);
      if (match.isPresent()) {
        pairs.add(new Pair(name, measured, match.get()));
      } else {
        unmatched.add(name + ":" + measured.line() + " " + measured.name());
      }
    }
    return new Compared(pairs, unmatched);
  }

  private static Optional<MethodReport> match(PmdReference.Measured measured, List<MethodReport> methods) {
    return methods.stream()
        .filter(m -> m.name().equals(measured.name()))
        .filter(m -> m.line() <= measured.line() && measured.line() <= m.endLine())
        .max(Comparator.comparingInt(MethodReport::line));
  }

  @Test
  void everyMethodPmdMeasuresIsMeasuredByUs() {
    assertThat(unmatched).as("methods PMD measured that we did not report").isEmpty();
  }

  @Test
  void cyclomaticAgreesWithPmd() {
    assertAgreement("cyclomatic", Pair::pmdCyclomatic, Pair::ourCyclomatic);
  }

  @Test
  void npathAgreesWithPmd() {
    assertAgreement("npath", Pair::pmdNpath, Pair::ourNpath);
  }

  @Test
  void ncssAgreesWithPmd() {
    assertAgreement("ncss", Pair::pmdNcss, Pair::ourNcss);
  }

  private static void assertAgreement(String metric, ToLongFunction<Pair> pmd, ToLongFunction<Pair> ours) {
    List<Pair> disagreeing = pairs.stream().filter(p -> pmd.applyAsLong(p) != ours.applyAsLong(p)).toList();
    double agreement = 1.0 - (double) disagreeing.size() / pairs.size();
    System.out.printf(
        "PMD differential %s: %d of %d methods agree (%.3f%%)%n",
        metric, pairs.size() - disagreeing.size(), pairs.size(), 100 * agreement);
    String listing =
        disagreeing.stream()
            .map(p -> String.format("  %s:%d %s  PMD %d, ours %d", p.file(), p.ours().line(), p.ours().signature(),
                pmd.applyAsLong(p), ours.applyAsLong(p)))
            .collect(Collectors.joining("\n"));
    if (!disagreeing.isEmpty()) {
      System.out.println("PMD differential " + metric + " disagreements:\n" + listing);
    }
    assertThat(agreement).as("share of methods whose %s agrees with PMD; disagreeing:%n%s", metric, listing)
        .isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
  }
}

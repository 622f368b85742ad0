package io.github.reviewagent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the hand-counted fixtures in {@code src/test/resources/metrics}: small Java files, one construct per
 * method, where comment lines like {@code // npath 3: then (1) + else (2)} right above a method give the
 * expected value and how it was counted. Each expectation becomes one test.
 */
class HandCountedFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/metrics");
  private static final Pattern EXPECTATION =
      Pattern.compile("^\\s*// (cyclomatic|npath|ncss|loc|maxNesting|parameters) (\\d+|MAX)\\b");

  private record Expectation(String file, int line, String metric, long value) {}

  @TestFactory
  Stream<DynamicTest> everyHandCountedValueMatches() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(FIXTURES)) {
      files = list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(files).as("fixture files in %s", FIXTURES).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.addAll(testsOf(file));
    }
    return tests.stream();
  }

  private static List<DynamicTest> testsOf(Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    FileReport report = new MetricsAnalyzer().analyze(name, source);
    assertThat(report.error()).as("fixture %s must parse", name).isNull();
    List<MethodReport> methods =
        report.types().stream()
            .flatMap(t -> t.methods().stream())
            .sorted(Comparator.comparingInt(MethodReport::line))
            .toList();
    List<Expectation> expectations = expectations(name, source);
    assertThat(expectations).as("expectations in %s", name).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Expectation expectation : expectations) {
      Optional<MethodReport> method = methods.stream().filter(m -> m.line() > expectation.line()).findFirst();
      String display =
          name + ":" + expectation.line() + " " + method.map(MethodReport::name).orElse("?") + " " + expectation.metric();
      tests.add(
          DynamicTest.dynamicTest(
              display,
              () -> {
                assertThat(method).as("a method below the expectation").isPresent();
                assertThat(value(method.get().metrics(), expectation.metric()))
                    .as("%s of %s (counted by hand in %s:%d)", expectation.metric(), method.get().signature(), name,
                        expectation.line())
                    .isEqualTo(expectation.value());
              }));
    }
    return tests;
  }

  private static List<Expectation> expectations(String file, String source) {
    List<Expectation> expectations = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = EXPECTATION.matcher(lines[i]);
      if (matcher.find()) {
        long value = matcher.group(2).equals("MAX") ? Long.MAX_VALUE : Long.parseLong(matcher.group(2));
        expectations.add(new Expectation(file, i + 1, matcher.group(1), value));
      }
    }
    return expectations;
  }

  private static long value(MethodMetrics metrics, String metric) {
    return switch (metric) {
      case "cyclomatic" -> metrics.cyclomatic();
      case "npath" -> metrics.npath();
      case "ncss" -> metrics.ncss();
      case "loc" -> metrics.loc();
      case "maxNesting" -> metrics.maxNesting();
      case "parameters" -> metrics.parameters();
      default -> throw new IllegalArgumentException(metric);
    };
  }
}

package io.github.reviewagent.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-counted fixtures in {@code src/test/resources/cognitive}: small Java files, one construct per
 * method, each method's first line ending in {@code // cognitive N = how N was counted}.
 */
final class CognitiveFixtures {

  static final Path DIRECTORY = Path.of("src", "test", "resources", "cognitive");
  private static final Pattern EXPECTATION = Pattern.compile("// cognitive (\\d+)");

  private CognitiveFixtures() {}

  /** One fixture file. */
  record Fixture(String name, String source) {

    /** The hand count written on a method's first line, or -1 if that line carries none. */
    int expected(int line) {
      String text = source.lines().skip(line - 1L).findFirst().orElse("");
      Matcher matcher = EXPECTATION.matcher(text);
      return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    long expectationCount() {
      return EXPECTATION.matcher(source).results().count();
    }
  }

  static List<Fixture> all() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      List<Fixture> fixtures = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        fixtures.add(new Fixture(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
      return fixtures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

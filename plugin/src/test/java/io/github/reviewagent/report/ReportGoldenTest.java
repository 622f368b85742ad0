package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.ReviewResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every report format, for each fixture review, with the expected file under
 * {@code src/test/resources/report/golden/<fixture>/}. After a deliberate change to a report, regenerate
 * the expected files and review the diff:
 *
 * <pre>./mvnw -B -q -pl plugin -am test -Dtest=ReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dreview.golden.update=true</pre>
 */
class ReportGoldenTest {

  /** Set to {@code true} to rewrite the golden files instead of comparing with them. */
  static final String UPDATE_PROPERTY = "review.golden.update";

  /** Relative to the plugin module, Surefire's working directory. */
  static final Path GOLDEN = Path.of("src/test/resources/report/golden");

  @TempDir Path directory;

  static Stream<Arguments> reports() {
    List<Fixture> fixtures =
        List.of(new Fixture("realistic", ReviewFixtures::realistic), new Fixture("empty", ReviewFixtures::empty));
    return fixtures.stream()
        .flatMap(fixture -> EnumSet.allOf(ReportFormat.class).stream().map(format -> Arguments.of(fixture, format)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void reportMatchesGoldenFile(Fixture fixture, ReportFormat format) throws IOException {
    new DefaultReportWriter(ReviewFixtures.TOOL)
        .write(fixture.review().get(), directory, EnumSet.of(format), ReviewFixtures.sources());
    String actual = Files.readString(directory.resolve(format.fileName()), StandardCharsets.UTF_8);
    Path golden = GOLDEN.resolve(fixture.name()).resolve(format.fileName());
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).exists();
    assertThat(actual)
        .as("%s differs from %s; if the change is intended, rerun with -D%s=true and review the diff",
            format.fileName(), golden, UPDATE_PROPERTY)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  record Fixture(String name, Supplier<ReviewResult> review) {
    @Override
    public String toString() {
      return name;
    }
  }
}

package io.github.reviewagent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares our CYCLO, NPath and NCSS with PMD 7's on generated methods that combine modern constructs the
 * real-code corpus lacks (switch expressions, yields, arrow switches, labels, nested loops with jumps).
 * Every method must agree exactly: these constructs have no deliberate difference from PMD. A failure names
 * the seed and prints the disagreeing method's source line.
 */
class GeneratedCodePmdDifferentialTest {

  private static final int METHODS_PER_SEED = 120;

  private static PmdReference pmd;

  @BeforeAll
  static void startPmd() {
    pmd = new PmdReference(MetricsAnalyzer.DEFAULT_JAVA_VERSION);
  }

  @AfterAll
  static void stopPmd() {
    pmd.close();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyGeneratedMethodAgreesWithPmd(long seed) {
    String source = RandomMethods.source(seed, METHODS_PER_SEED);
    FileReport ours = new MetricsAnalyzer().analyze("Generated.java", source);
    assertThat(ours.error()).as("generated source for seed %d must parse", seed).isNull();
    // generated method names are unique in the file
    Map<String, MethodReport> byName =
        ours.types().stream()
            .flatMap(t -> t.methods().stream())
            .collect(Collectors.toMap(MethodReport::name, Function.identity()));
    String[] lines = source.split("\n");

    List<String> disagreements = new ArrayList<>();
    List<PmdReference.Measured> measured = pmd.measure("Generated.java", source);
    for (PmdReference.Measured reference : measured) {
      MethodReport method = byName.get(reference.name());
      assertThat(method).as("our report of %s", reference.name()).isNotNull();
      MethodMetrics metrics = method.metrics();
      if (reference.cyclomatic() != metrics.cyclomatic()
          || reference.npath() != metrics.npath()
          || reference.ncss() != metrics.ncss()) {
        disagreements.add(
            String.format(
                "%s: cyclomatic PMD %d ours %d, npath PMD %d ours %d, ncss PMD %d ours %d%n    %s",
                reference.name(), reference.cyclomatic(), metrics.cyclomatic(), reference.npath(), metrics.npath(),
                reference.ncss(), metrics.ncss(), lines[reference.line() - 1].strip()));
      }
    }

    assertThat(measured).hasSizeGreaterThanOrEqualTo(METHODS_PER_SEED);
    assertThat(disagreements).as("methods of seed %d that disagree with PMD", seed).isEmpty();
  }
}

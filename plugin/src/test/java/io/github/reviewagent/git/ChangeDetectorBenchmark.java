package io.github.reviewagent.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long detection takes for 1,000 changed files in a 4,000-file repository. No timed assertions:
 * figures only. Run from the repository root with
 *
 * <pre>
 * ./mvnw -B -q -pl plugin -am test -Dtest=ChangeDetectorBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dreview.benchmark=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "review.benchmark", matches = "true")
class ChangeDetectorBenchmark {

  private static final int FILES = 4000;
  private static final int MODIFIED = 600;
  private static final int RENAMED = 100;
  private static final int ADDED = 300;
  private static final int RUNS = 7;

  @TempDir
  Path dir;

  private static String source(int n) {
    StringBuilder text = new StringBuilder("package p" + (n % 40) + ";\n\nclass C" + n + " {\n");
    for (int line = 0; line < 150; line++) {
      text.append("  int f").append(line).append(" = ").append(n * 1000 + line).append(";\n");
    }
    return text.append("}\n").toString();
  }

  private static String path(int n) {
    return "module-" + (n % 8) + "/src/main/java/p" + (n % 40) + "/C" + n + ".java";
  }

  @Test
  void thousandChangedFiles() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      for (int n = 0; n < FILES; n++) {
        repo.write(path(n), source(n));
      }
      repo.commitAll("base");
      repo.newBranch("feature");
      for (int n = 0; n < MODIFIED; n++) {
        String edited = source(n).replace("f10 =", "g10 =").replace("f90 =", "g90 =") + "// end\n";
        repo.write(path(n), edited);
      }
      for (int n = MODIFIED; n < MODIFIED + RENAMED; n++) {
        repo.delete(path(n)).write(path(n).replace(".java", "Renamed.java"), source(n).replace("f5 =", "h5 ="));
      }
      for (int n = FILES; n < FILES + ADDED; n++) {
        repo.write(path(n), source(n));
      }
      Files.writeString(dir.resolve(".gitignore"), "target/\n");

      long[] cold = new long[RUNS];
      ChangeSet changes = null;
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        changes = new JGitChangeDetector(name -> null).detect(dir, "main");
        cold[run] = System.nanoTime() - start;
      }
      JGitChangeDetector shared = new JGitChangeDetector(name -> null);
      shared.detect(dir, "main");
      long start = System.nanoTime();
      for (int module = 0; module < 8; module++) {
        shared.detect(dir.resolve("module-" + module), "main");
      }
      long cachedEach = (System.nanoTime() - start) / 8;

      assertThat(changes.files()).hasSize(MODIFIED + RENAMED + ADDED + 1);
      Arrays.sort(cold);
      List<String> figures = new ArrayList<>();
      for (long nanos : cold) {
        figures.add(String.valueOf(nanos / 1_000_000));
      }
      System.out.printf("ChangeDetectorBenchmark: %d files, %d changed (%d modified, %d renamed with edits,"
          + " %d added + .gitignore)%n", FILES, changes.files().size(), MODIFIED, RENAMED, ADDED);
      System.out.printf("  cold detect, %d runs, sorted ms: %s (median %d ms)%n", RUNS, figures,
          cold[RUNS / 2] / 1_000_000);
      System.out.printf("  cached detect from another module: %d us each%n", cachedEach / 1_000);
    }
  }
}

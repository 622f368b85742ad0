package io.github.reviewagent.it;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the review adds to a build: the wall time of {@code mvn validate review:review} against {@code mvn validate}
 * on a generated reactor ({@link BenchmarkProject}), first with an empty diff, then with every source file changed.
 * Each build is a fresh {@code mvn} process with the user's default JVM options (cold JVM, as users run it); the
 * two builds alternate, after one warm-up build of each that is not counted. Prints figures; asserts nothing about
 * them, but stops when a build fails or does not review what it should.
 *
 * <p>Run by {@code ./mvnw -B -q verify -DskipTests -Pbench} (profile {@code bench} of {@code it/pom.xml}), with
 * {@code -Dbench.modules=20 -Dbench.files=1000 -Dbench.runs=5} to change the defaults.
 */
public final class ReviewBenchmark {

  private final PrintStream out = System.out;
  private final int runs;

  private ReviewBenchmark(int runs) {
    this.runs = runs;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ReviewBenchmark <directory for the generated project>");
    }
    int modules = Integer.getInteger("bench.modules", 20);
    int files = Integer.getInteger("bench.files", 1000);
    int runs = Integer.getInteger("bench.runs", 5);
    new ReviewBenchmark(runs).run(Path.of(args[0]).toAbsolutePath().normalize(), modules, files);
  }

  private void run(Path directory, int modules, int files) throws IOException {
    SampleProject.deleteRecursively(directory);
    BenchmarkProject generated = BenchmarkProject.generate(directory, modules, files);
    out.printf(Locale.ROOT, "%nreview-agent benchmark: %d modules, %d Java files in %s; %d timed builds of each kind%n",
        modules, files, directory, runs);
    out.printf(Locale.ROOT, "machine: %d cores, Java %s, %s; load average %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"),
        loadAverage());
    out.println("each build is a new `mvn -B` process (cold JVM, MAVEN_OPTS unset); times are wall-clock seconds");
    out.println();
    out.printf(Locale.ROOT, "%-22s %-30s %7s %7s %7s%n", "scenario", "build", "median", "min", "max");

    try (SampleProject project = SampleProject.in(directory).commitBase()) {
      measure(project, "empty diff", "No Java source of the build's modules changed");
      generated.change();
      project.commitAll("change every file");
      measure(project, files + " changed files",
          "Reviewing " + files + " changed Java files of " + (modules + 1) + " modules");
    }
    out.println();
    out.println("load average after: " + loadAverage());
  }

  private void measure(SampleProject project, String scenario, String expectedLine) {
    MavenBuild without = build(project).goals("validate");
    MavenBuild with = build(project).goals("validate", "review:review").property("review.failOn", "none");
    // warm-up: resolves the plugin into the private repository and fills the file system cache
    check(without.run(), null);
    check(with.run(), expectedLine);
    List<Double> withoutTimes = new ArrayList<>();
    List<Double> withTimes = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      withoutTimes.add(timed(without, null));
      withTimes.add(timed(with, expectedLine));
    }
    row(scenario, "mvn validate", withoutTimes);
    row("", "mvn validate review:review", withTimes);
    // the minimum is the figure least disturbed by other load on the machine
    out.printf(Locale.ROOT, "%-22s %-30s %7.2f %7.2f%n", "", "review overhead", median(withTimes) - median(withoutTimes),
        min(withTimes) - min(withoutTimes));
  }

  private static MavenBuild build(SampleProject project) {
    // users run Maven with their own JVM options, usually none
    return MavenBuild.in(project.root()).env("MAVEN_OPTS", "");
  }

  private static double timed(MavenBuild build, String expectedLine) {
    long start = System.nanoTime();
    BuildResult result = build.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    check(result, expectedLine);
    return seconds;
  }

  private static void check(BuildResult result, String expectedLine) {
    boolean reviewed = expectedLine == null || result.log().stream().anyMatch(line -> line.contains(expectedLine));
    if (result.exitCode() != 0 || !reviewed) {
      throw new IllegalStateException(
          "A benchmark build did not do what it should" + (reviewed ? "" : " (no line with '" + expectedLine + "')")
              + ":\n" + result);
    }
  }

  private void row(String scenario, String build, List<Double> times) {
    out.printf(Locale.ROOT, "%-22s %-30s %7.2f %7.2f %7.2f%n", scenario, build, median(times), min(times),
        times.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
  }

  private static double min(List<Double> times) {
    return times.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static double median(List<Double> times) {
    List<Double> sorted = times.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}

package io.github.reviewagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The README's quick start: turns the bundled sample change into a git repository, reviews it with the freshly
 * built plugin in a forked Maven build that prints its output, and says where the reports are.
 *
 * <p>Run by {@code ./mvnw -B -q verify -DskipTests -Pdemo} (profile {@code demo} of {@code it/pom.xml}, after the
 * plugin is staged), with the same system properties as the ITs and the sample's directory as argument. The
 * sample's gate is meant to fail; the demo itself fails only when the review did not run.
 */
public final class QuickstartDemo {

  private QuickstartDemo() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: QuickstartDemo <directory for the sample> <review-agent checkout>");
    }
    PrintStream out = System.out;
    Path directory = Path.of(args[0]).toAbsolutePath().normalize();
    Path checkout = Path.of(args[1]).toAbsolutePath().normalize();
    out.println();
    out.println("review-agent quick start: a sample shop on branch main, and a feature branch that changes it");
    out.println("(" + shown(directory) + "). Reviewing the change with the offline reviewer: mvn review:review");
    out.println();

    BuildResult build;
    try (SampleProject project = Quickstart.prepare(directory)) {
      build = Quickstart.review(project).echo(line -> out.println("  | " + line)).run();
    }
    Reports reports = build.reports();
    if (!Files.isRegularFile(reports.file("review.json"))) {
      throw new IllegalStateException(
          "The review of the sample did not run (exit code " + build.exitCode() + "): see its log above");
    }
    JsonNode json = reports.json();
    out.println();
    out.println("Reviewed " + json.path("files").size() + " changed files: " + findings(json) + ".");
    JsonNode gate = json.path("gate");
    out.println(gate.path("failed").asBoolean()
        ? "The sample's build FAILED the quality gate, as this demo intends (the forked build's BUILD FAILURE above):"
        : "The sample's build passed the quality gate:");
    out.println("  " + gate.path("reason").asText());
    out.println();
    out.println("Reports: " + shown(reports.file("review.html")) + "  (open it in a browser)");
    out.println("         review.md, review.json and review.sarif next to it");
    out.println("Edit the sample and review again:");
    out.println("  cd " + shown(directory) + " && " + relative(directory, checkout.resolve("mvnw")) + " -s "
        + relative(directory, ItEnvironment.settings()) + " -Dmaven.repo.local="
        + relative(directory, ItEnvironment.repository()) + " review:review");
    out.println();
  }

  /** "4 findings (2 critical, 1 major, 1 info)". */
  private static String findings(JsonNode json) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String severity : new String[] {"blocker", "critical", "major", "minor", "info"}) {
      counts.put(severity, 0);
    }
    json.path("findings").forEach(f -> counts.merge(f.path("severity").asText(), 1, Integer::sum));
    String bySeverity =
        counts.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    int total = json.path("findings").size();
    return total + (total == 1 ? " finding" : " findings") + (bySeverity.isEmpty() ? "" : " (" + bySeverity + ")");
  }

  /** The path relative to the working directory when it is inside it: shorter, and what the user types. */
  private static String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path workingDirectory = Path.of("").toAbsolutePath();
    return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
  }

  private static String relative(Path from, Path to) {
    return from.relativize(to.toAbsolutePath().normalize()).toString();
  }
}

package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.GateResult;
import io.github.reviewagent.review.ReviewResult;
import io.github.reviewagent.review.Severity;
import io.github.reviewagent.review.Usage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review.sarif} against the official SARIF 2.1.0 schema and the rules of GitHub's "SARIF support for
 * code scanning" page: required fields, relative URIs, fingerprints, levels and upload limits.
 */
class SarifReportTest {

  /** The OASIS schema, shared by the team next to the repository (Surefire runs in the plugin module). */
  static final Path SCHEMA = Path.of("../../shared/reference/sarif-schema-2.1.0.json");

  static JsonSchema schema;

  @TempDir Path directory;

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode node = ReportTesting.MAPPER.readTree(SCHEMA.toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
  }

  private JsonNode sarif(ReviewResult result) throws IOException {
    return ReportTesting.json(ReportTesting.write(result, ReportFormat.SARIF, directory));
  }

  @Test
  void realisticReviewIsValidSarif() throws IOException {
    assertThat(schema.validate(sarif(ReviewFixtures.realistic()))).isEmpty();
  }

  @Test
  void emptyReviewIsValidSarif() throws IOException {
    JsonNode log = sarif(ReviewFixtures.empty());
    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results")).isEmpty();
    assertThat(log.at("/runs/0/tool/driver/rules")).isEmpty();
  }

  @Test
  void schemaCatchesABrokenLog() throws IOException {
    // The validator must be able to fail, or the two tests above prove nothing.
    ObjectNode log = (ObjectNode) sarif(ReviewFixtures.realistic());
    ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
    ((ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation/region")).put("startLine", 0);
    Set<ValidationMessage> errors = schema.validate(log);
    assertThat(errors).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
        .anySatisfy(location -> assertThat(location).contains("level"))
        .anySatisfy(location -> assertThat(location).contains("startLine"));
  }

  @Test
  void logHasWhatGitHubRequires() throws IOException {
    JsonNode log = sarif(ReviewFixtures.realistic());
    assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode run = log.at("/runs/0");
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.path("name").asText()).isEqualTo("review-agent");
    assertThat(driver.path("version").asText()).isEqualTo("0.1.0-test");
    assertThat(driver.path("informationUri").asText()).isEqualTo(ToolInfo.INFORMATION_URI);
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("review-agent/");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(run.path("results")).hasSize(ReviewFixtures.realistic().findings().size());
  }

  @Test
  void everyRuleHasTheFieldsGitHubShows() throws IOException {
    JsonNode rules = sarif(ReviewFixtures.realistic()).at("/runs/0/tool/driver/rules");
    assertThat(rules).hasSize(5);
    for (JsonNode rule : rules) {
      assertThat(rule.path("id").asText()).isNotBlank();
      assertThat(rule.path("name").asText()).isNotBlank().hasSizeLessThanOrEqualTo(255);
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      assertThat(rule.at("/fullDescription/text").asText()).isNotBlank().hasSizeLessThanOrEqualTo(1024);
      assertThat(rule.at("/help/text").asText()).isNotBlank();
      assertThat(rule.at("/help/markdown").asText()).isNotBlank();
      assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("note", "warning", "error");
      assertThat(rule.at("/properties/tags")).isNotEmpty().hasSizeLessThanOrEqualTo(10);
      assertThat(rule.at("/properties/security-severity").isMissingNode()).isTrue();
    }
    assertThat(rules.get(0).path("id").asText()).isEqualTo("complexity.cognitive");
    assertThat(rules.get(0).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(rules.get(0).at("/properties/severity").asText()).isEqualTo("major");
  }

  @Test
  void everyResultPointsAtItsRuleAndARelativeLocation() throws IOException {
    JsonNode run = sarif(ReviewFixtures.realistic()).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(run.at("/originalUriBaseIds").has(SarifRenderer.SOURCE_ROOT)).isTrue();
    for (JsonNode result : run.path("results")) {
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(result.path("ruleId").asText());
      assertThat(result.at("/message/text").asText()).isNotBlank();
      assertThat(result.path("locations")).hasSize(1);
      JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
      assertThat(artifact.path("uri").asText())
          .doesNotStartWith("/").doesNotContain("\\").doesNotContain("://").doesNotContain(" ");
      assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
      JsonNode region = result.at("/locations/0/physicalLocation/region");
      assertThat(region.path("startLine").asInt()).isPositive();
      assertThat(region.path("endLine").asInt()).isGreaterThanOrEqualTo(region.path("startLine").asInt());
      assertThat(region.path("startColumn").asInt()).isEqualTo(1);
      assertThat(result.at("/partialFingerprints/" + jsonPointer(SarifRenderer.FINGERPRINT_KEY)).asText())
          .isNotBlank();
    }
  }

  @Test
  void levelsFollowSeverityWhichIsKeptInProperties() throws IOException {
    JsonNode results = sarif(ReviewFixtures.realistic()).at("/runs/0/results");
    Map<String, String> expected =
        Map.of("blocker", "error", "critical", "error", "major", "warning", "minor", "note", "info", "note");
    Set<String> seen = new HashSet<>();
    for (JsonNode result : results) {
      String severity = result.at("/properties/severity").asText();
      seen.add(severity);
      assertThat(result.path("level").asText()).as(severity).isEqualTo(expected.get(severity));
      assertThat(result.at("/properties/source").asText()).isIn("metrics", "model");
    }
    assertThat(seen).containsExactlyInAnyOrder("blocker", "critical", "major", "minor", "info");
  }

  @Test
  void resultCarriesFingerprintRegionAndSuggestion() throws IOException {
    JsonNode bug = find(sarif(ReviewFixtures.realistic()), "fp-bug-0001");
    assertThat(bug.path("ruleId").asText()).isEqualTo("model.bug");
    assertThat(bug.at("/message/text").asText())
        .isEqualTo("The total is computed before the discount is applied, so discounted invoices are overcharged."
            + "\nSuggestion: Apply the discount first, then compute the total.");
    JsonNode region = bug.at("/locations/0/physicalLocation/region");
    assertThat(region.path("startLine").asInt()).isEqualTo(40);
    assertThat(region.path("endLine").asInt()).isEqualTo(41);
    // Line 41 is "    total = total - discount(total);": 36 characters, so the region ends at column 37.
    assertThat(region.path("endColumn").asInt()).isEqualTo(37);
    assertThat(bug.has("suppressions")).isFalse();
  }

  @Test
  void suppressedFindingIsMarkedInSource() throws IOException {
    JsonNode suppressed = find(sarif(ReviewFixtures.realistic()), "fp-len-0006");
    assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
  }

  @Test
  void pathsArePercentEncodedAndSourcelessRegionsHaveNoEndColumn() throws IOException {
    JsonNode hello = find(sarif(ReviewFixtures.realistic()), "fp-len-0007");
    assertThat(hello.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("samples/src/main/java/Hello%20World.java");
    assertThat(hello.at("/locations/0/physicalLocation/region/endColumn").isMissingNode()).isTrue();
    assertThat(SarifRenderer.uri("a:b/ü #?.java")).isEqualTo("a%3Ab/%C3%BC%20%23%3F.java");
  }

  @Test
  void notesAndParseErrorsBecomeNotifications() throws IOException {
    JsonNode notifications =
        sarif(ReviewFixtures.realistic()).at("/runs/0/invocations/0/toolExecutionNotifications");
    assertThat(notifications).hasSize(3);
    assertThat(notifications.get(1).at("/message/text").asText()).isEqualTo("2 deleted files were not reviewed.");
    JsonNode parse = notifications.get(2);
    assertThat(parse.at("/message/text").asText()).startsWith("Could not parse " + ReviewFixtures.BROKEN);
    assertThat(parse.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    assertThat(parse.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(12);
  }

  @Test
  void runPropertiesTellStatusAndGate() throws IOException {
    JsonNode properties = sarif(ReviewFixtures.realistic()).at("/runs/0/properties");
    assertThat(properties.path("status").asText()).isEqualTo("partial");
    assertThat(properties.at("/gate/failed").asBoolean()).isTrue();
    assertThat(properties.at("/gate/failOn").asText()).isEqualTo("critical");
  }

  @Test
  void keepsTheMostSevereResultsWithinGitHubsLimit() throws IOException {
    List<Finding> findings = new ArrayList<>();
    IntStream.range(0, SarifRenderer.MAX_RESULTS + 5)
        .mapToObj(i -> finding("info", Severity.INFO, i))
        .forEach(findings::add);
    IntStream.range(0, 10).mapToObj(i -> finding("blocker", Severity.BLOCKER, i)).forEach(findings::add);
    ReviewResult big =
        new ReviewResult(ReviewResult.Status.COMPLETE, "offline", null, null, null, List.of(),
            List.of(ReviewFixtures.LENGTH), findings, Usage.NONE,
            new GateResult(Severity.CRITICAL, true, "10 blockers."), List.of());
    JsonNode run = sarif(big).at("/runs/0");
    JsonNode results = run.path("results");
    assertThat(results).hasSize(SarifRenderer.MAX_RESULTS);
    assertThat(StreamSupport.stream(results.spliterator(), false)
            .filter(r -> r.at("/properties/severity").asText().equals("blocker")))
        .hasSize(10);
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
        .startsWith("15 less severe findings were left out");
  }

  @Test
  void ruleMissingFromTheReviewGetsAStandInDescriptor() throws IOException {
    ReviewResult orphan =
        new ReviewResult(ReviewResult.Status.COMPLETE, "offline", null, null, null, List.of(), List.of(),
            List.of(new Finding("model.unknown", Severity.MINOR, Finding.Source.MODEL, "A.java", 1, 1, "Hm.",
                null, null, true, false)),
            Usage.NONE, new GateResult(null, false, "Gate off."), List.of());
    JsonNode log = sarif(orphan);
    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/tool/driver/rules/0/id").asText()).isEqualTo("model.unknown");
    assertThat(log.at("/runs/0/results/0/ruleIndex").asInt()).isZero();
    // No fingerprint from the reviewer: one is derived, since GitHub needs one to track the alert.
    assertThat(log.at("/runs/0/results/0/partialFingerprints/reviewAgent~1v1").asText()).hasSize(32);
  }

  private static Finding finding(String kind, Severity severity, int i) {
    return new Finding("size.method-length", severity, Finding.Source.METRICS, "src/F" + i + ".java", 1, 1,
        kind + " " + i, null, kind + "-" + i, true, false);
  }

  private static JsonNode find(JsonNode log, String fingerprint) {
    for (JsonNode result : log.at("/runs/0/results")) {
      if (result.at("/partialFingerprints/" + jsonPointer(SarifRenderer.FINGERPRINT_KEY)).asText().equals(fingerprint)) {
        return result;
      }
    }
    throw new AssertionError("no result with fingerprint " + fingerprint);
  }

  private static String jsonPointer(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}

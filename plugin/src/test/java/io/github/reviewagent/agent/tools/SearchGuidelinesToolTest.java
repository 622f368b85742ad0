package io.github.reviewagent.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reviewagent.guidelines.GuidelineIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchGuidelinesToolTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;

  private void write(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private SearchGuidelinesTool tool() {
    return new SearchGuidelinesTool(new GuidelineIndex(root, List.of()));
  }

  /** The error message of an error object, or null for a plain-text answer. */
  private static String error(String output) throws Exception {
    return output.startsWith("{") ? JSON.readTree(output).path("error").asText(null) : null;
  }

  @Test
  void describesItselfWithASchemaThatRequiresAQuery() {
    SearchGuidelinesTool tool = tool();
    assertThat(tool.name()).isEqualTo("search_guidelines");
    assertThat(tool.parameters().path("required").toString()).isEqualTo("[\"query\"]");
    assertThat(tool.parameters().path("properties").path("limit").path("maximum").asInt()).isEqualTo(10);
    assertThat(tool.description()).contains("CONTRIBUTING.md").contains(".review/");
  }

  @Test
  void quotesTheBestPassagesWithDocumentLinesAndHeading() throws Exception {
    write("CONTRIBUTING.md", "# Contributing\n\n## Logging\n\nLog through SLF4J.\n\n## Tests\n\nUse AssertJ.\n");
    write(".review/payments.md", "---\npaths: [\"src/main/java/com/acme/payments/**\"]\n---\n# Payments\n\nAudit logging of every state change.\n");

    String output = tool().call("{\"query\": \"logging\", \"path\": \"src/main/java/com/acme/payments/Refund.java\", \"limit\": 2}");

    assertThat(output).startsWith("2 passages of the team's guidelines for \"logging\" (file src/main/java/com/acme/payments/Refund.java), best first:\n")
        .contains("--- [1] .review/payments.md, lines 4-6, section \"Payments\" (applies only to src/main/java/com/acme/payments/**)\n"
            + "# Payments\n\nAudit logging of every state change.\n")
        .contains("--- [2] CONTRIBUTING.md, lines 3-5, section \"Contributing > Logging\"\n## Logging\n\nLog through SLF4J.\n")
        .doesNotContain("AssertJ");
  }

  @Test
  void saysClearlyWhenTheTeamHasNoGuidelines() throws Exception {
    String output = tool().call("{\"query\": \"logging\"}");

    assertThat(error(output)).isNull();
    assertThat(output).contains("The team has no review guidelines in this repository").contains("nothing to search");
  }

  @Test
  void aQueryWithoutMatchesListsTheDocuments() throws Exception {
    write("CONTRIBUTING.md", "# Contributing to Acme\n\nUse AssertJ.\n");
    write(".review/api.md", "---\npaths: api\n---\n# API rules\n\nVersion every endpoint.\n");

    String output = tool().call("{\"query\": \"kubernetes\", \"path\": \"core/A.java\"}");

    assertThat(output).startsWith("No passage of the team's guidelines matches \"kubernetes\" for core/A.java")
        .contains("- CONTRIBUTING.md: Contributing to Acme").contains("- .review/api.md: API rules (applies only to api)");
  }

  @Test
  void badQueriesAndLimitsGetReadableErrors() throws Exception {
    write("CONTRIBUTING.md", "# Contributing\n\nUse AssertJ.\n");
    SearchGuidelinesTool tool = tool();

    assertThat(error(tool.call("{\"query\": \"  \"}"))).contains("query is empty");
    assertThat(error(tool.call("{\"query\": \"the of and\"}"))).contains("no words to search for");
    assertThat(error(tool.call("{\"query\": \"assertj\", \"limit\": 0}"))).contains("limit must be at least 1");
    assertThat(tool.call("{\"query\": \"assertj\", \"limit\": 99}")).startsWith("1 passage of").contains("(at most 10 per search)");
    assertThat(tool.call("{\"query\": \"assertj\", \"path\": null, \"limit\": null}")).startsWith("1 passage of");
  }

  @Test
  void capsTheAnswerAndSaysWhatWasLeftOut() throws Exception {
    StringBuilder text = new StringBuilder("# Rules\n");
    String paragraph = "Validate input at the boundary of every public method and say what was wrong. ".repeat(17);
    for (int i = 0; i < 10; i++) {
      text.append("\n## Rule ").append(i).append("\n\n").append(paragraph).append('\n');
    }
    write("CONTRIBUTING.md", text.toString());

    String output = tool().call("{\"query\": \"validate input\", \"limit\": 10}");

    assertThat(output.length()).isLessThanOrEqualTo(SearchGuidelinesTool.MAX_OUTPUT_CHARS + 200);
    assertThat(output).contains("--- [1] ").contains("more passages were left out").doesNotContain("--- [10] ");
  }
}

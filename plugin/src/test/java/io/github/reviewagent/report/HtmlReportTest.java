package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.review.Finding;
import io.github.reviewagent.review.ReviewResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code review.html}: well-formed (it parses as XML), self-contained, escaped, with excerpts that mark the
 * finding's lines and the changed lines, and a complexity chart.
 */
class HtmlReportTest {

  @TempDir Path directory;

  private String html() throws Exception {
    return ReportTesting.write(ReviewFixtures.realistic(), ReportFormat.HTML, directory);
  }

  private static List<Element> select(Document document, String expression) throws Exception {
    XPath xpath = XPathFactory.newInstance().newXPath();
    NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  @Test
  void isWellFormed() throws Exception {
    Document document = ReportTesting.xml(html());
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(select(document, "/html/head/title").get(0).getTextContent()).isEqualTo("Gate failed · review-agent");
  }

  @Test
  void emptyReviewIsWellFormedAndSaysNoFindings() throws Exception {
    String html = ReportTesting.write(ReviewFixtures.empty(), ReportFormat.HTML, directory);
    Document document = ReportTesting.xml(html);
    assertThat(select(document, "//section[@class='findings']/p").get(0).getTextContent()).isEqualTo("No findings.");
    assertThat(select(document, "//svg")).isEmpty();
    assertThat(html).contains("<span class=\"verdict\">Passed</span>");
  }

  @Test
  void isSelfContainedAndScriptFree() throws Exception {
    String html = html();
    Document document = ReportTesting.xml(html);
    assertThat(select(document, "//script | //link | //img | //iframe | //object")).isEmpty();
    assertThat(html).doesNotContain("src=", "url(", "@import", "href=\"http");
    for (Element anchor : select(document, "//a")) {
      assertThat(anchor.getAttribute("href")).startsWith("#");
    }
  }

  @Test
  void suggestionKeepsItsLineBreaksLikeTheMessage() throws Exception {
    // A model's suggestion often spans lines of code: the page must not run them into one line.
    ReviewResult review = ReviewFixtures.realistic();
    List<Finding> findings = new ArrayList<>(review.findings());
    Finding first = findings.remove(0);
    findings.add(new Finding(first.ruleId(), first.severity(), first.source(), first.path(), first.startLine(),
        first.endLine(), first.message(), "Apply the discount first:\n  total = sum(lines) - discount;", first.fingerprint(),
        first.onChangedLine(), first.suppressed()));
    Document document = ReportTesting.xml(ReportTesting.write(
        new ReviewResult(review.status(), review.provider(), review.model(), review.baseRef(), review.baseCommit(),
            review.files(), review.rules(), findings, review.usage(), review.gate(), review.notes()),
        ReportFormat.HTML, directory));
    assertThat(select(document, "//p[@class='suggestion']")).extracting(Node::getTextContent)
        .contains("Suggestion: Apply the discount first:\n  total = sum(lines) - discount;");
    String css = select(document, "/html/head/style").get(0).getTextContent();
    assertThat(whiteSpace(css, ".msg")).isEqualTo("pre-line");
    assertThat(whiteSpace(css, ".suggestion")).isEqualTo("pre-line");
  }

  /** The {@code white-space} a rule for exactly this selector sets, or null. */
  private static String whiteSpace(String css, String selector) {
    Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
    while (rule.find()) {
      boolean applies = Arrays.stream(rule.group(1).split(",")).map(String::strip).anyMatch(selector::equals);
      Matcher value = Pattern.compile("white-space:\\s*([a-z-]+)").matcher(rule.group(2));
      if (applies && value.find()) {
        return value.group(1);
      }
    }
    return null;
  }

  @Test
  void escapesCodeAndMessagesThatLookLikeMarkup() throws Exception {
    String html = html();
    assertThat(html).doesNotContain("<script", "</script>", "<b>bold</b>", "<template>", "<p>\" + name");
    Document document = ReportTesting.xml(html);
    // The text survives escaping unchanged, so the reader sees exactly what the code and the model said.
    assertThat(select(document, "//p[@class='msg']")).extracting(Node::getTextContent)
        .contains(ReviewFixtures.NASTY_MESSAGE);
    assertThat(select(document, "//td[@class='src']")).extracting(Node::getTextContent)
        .contains("    return html + \"</script>\" + '|' + \"`tick`\";")
        .contains("    // closes the page early: </script><b>bold</b> & more");
    // A control character XML forbids is replaced, keeping the page well-formed.
    assertThat(select(document, "//td[@class='src']")).extracting(Node::getTextContent)
        .contains("  // a | pipe, a `backtick`, an ]]> and a control character: \uFFFD");
  }

  @Test
  void excerptMarksFindingLinesAndChangedLines() throws Exception {
    Document document = ReportTesting.xml(html());
    List<Element> rows =
        select(document, "//div[@id='finding-3']/following-sibling::div[@class='code-wrap'][1]//tr");
    assertThat(rows).extracting(row -> row.getElementsByTagName("td").item(0).getTextContent())
        .containsExactly("38", "39", "40", "41", "42", "43");
    assertThat(rows).extracting(row -> row.getAttribute("class"))
        .containsExactly("", "", "hit chg", "hit chg", "", "");
    List<Element> offChange =
        select(document, "//div[@id='finding-4']/following-sibling::div[@class='code-wrap'][1]//tr[@class='hit']");
    assertThat(offChange).extracting(row -> row.getElementsByTagName("td").item(0).getTextContent())
        .containsExactly("60");
  }

  @Test
  void longFindingShowsHeadAndTailWithAGap() throws Exception {
    Document document = ReportTesting.xml(html());
    List<Element> rows =
        select(document, "//div[@id='finding-2']/following-sibling::div[@class='code-wrap'][1]//tr");
    List<String> numbers = rows.stream().map(r -> r.getElementsByTagName("td").item(0).getTextContent()).toList();
    assertThat(numbers).startsWith("10", "11", "12").contains("⋮").endsWith("37", "38", "39", "40");
    // Two lines of context, the first ten lines, the gap, the last four, two lines of context.
    assertThat(rows).hasSize(2 + 10 + 1 + 4 + 2);
  }

  @Test
  void findingsOnTheSameLinesShareOneExcerpt() throws Exception {
    Document document = ReportTesting.xml(html());
    List<Element> groups = select(document, "//article[div[@id='finding-1']]");
    assertThat(groups).hasSize(1);
    assertThat(select(document, "//article[div[@id='finding-1']]/div[@class='finding']")).hasSize(2);
    assertThat(select(document, "//article[div[@id='finding-1']]//table[@class='code']")).hasSize(1);
    assertThat(groups.get(0).getAttribute("class")).isEqualTo("group sev-major");
  }

  @Test
  void findingsOffChangedLinesOrSuppressedCanBeFilteredOut() throws Exception {
    Document document = ReportTesting.xml(html());
    assertThat(select(document, "//input[@type='checkbox' and @id='only-changed']")).hasSize(1);
    assertThat(select(document, "//div[@id='finding-4']").get(0).getAttribute("class")).isEqualTo("finding off-change");
    assertThat(select(document, "//div[@id='finding-6']").get(0).getAttribute("class")).isEqualTo("finding suppressed");
    assertThat(select(document, "//article[contains(@class,'hideable')]")).hasSize(2);
    assertThat(html()).contains("body:has(#only-changed:checked) .hideable");
  }

  @Test
  void fileWithoutSourceOrPastItsEndSaysWhy() throws Exception {
    assertThat(html()).contains("<p class=\"muted\">The source of this file was not available.</p>");
    String shortFile =
        ReportTesting.write(ReviewFixtures.realistic(), ReportFormat.HTML, directory,
            path -> Optional.of("class A {}\n"));
    assertThat(shortFile).contains("<p class=\"muted\">Line 12 is past the end of the file (1 lines).</p>");
    ReportTesting.xml(shortFile);
  }

  @Test
  void unreadableSourceOnlyCostsTheExcerpt() throws Exception {
    String html =
        ReportTesting.write(ReviewFixtures.realistic(), ReportFormat.HTML, directory, path -> {
          throw new java.io.UncheckedIOException(new java.io.IOException("disk on fire"));
        });
    assertThat(ReportTesting.xml(html)).isNotNull();
    assertThat(html).contains("The source of this file was not available.").doesNotContain("disk on fire");
  }

  @Test
  void headerShowsVerdictAndCounts() throws Exception {
    Document document = ReportTesting.xml(html());
    assertThat(select(document, "//header").get(0).getAttribute("class")).isEqualTo("top failed");
    assertThat(select(document, "//li[contains(@class,'sev-critical')]").get(0).getTextContent())
        .isEqualTo("1 critical +1 elsewhere");
    assertThat(select(document, "//li[contains(@class,'suppressed')]").get(0).getTextContent())
        .isEqualTo("1 suppressed");
    assertThat(select(document, "//section[@class='notes']//li")).hasSize(3);
    assertThat(select(document, "//p[@class='parse-error']")).hasSize(1);
  }

  @Test
  void chartDrawsBaseAndHeadPerChangedMethod() throws Exception {
    Document document = ReportTesting.xml(html());
    List<Element> rows = select(document, "//*[local-name()='svg']/*[local-name()='g']");
    assertThat(rows).hasSize(7);
    Element parse = rows.get(0);
    assertThat(parse.getTextContent()).contains("InvoiceParser.parse(String)", "4 → 17", "3 → 9");
    assertThat(select(document, "(//*[local-name()='svg']/*[local-name()='g'])[1]/*[local-name()='circle']"))
        .extracting(c -> c.getAttribute("class"))
        .containsExactly("dot-base", "dot-head up", "dot-base", "dot-head up");
    // A new method has no base dot; the chart marks it new.
    Element added = rows.get(1);
    assertThat(added.getTextContent()).contains("new", "InvoiceParser.validate(Invoice)");
    assertThat(select(document, "(//*[local-name()='svg']/*[local-name()='g'])[2]/*[local-name()='circle']"))
        .extracting(c -> c.getAttribute("class"))
        .containsExactly("dot-head new", "dot-head new");
    // Cognitive 17 on an axis to 20 that starts at x=316 and is 150 wide.
    assertThat(select(document, "(//*[local-name()='svg']/*[local-name()='g'])[1]/*[local-name()='circle']")
            .get(1).getAttribute("cx"))
        .isEqualTo("443.5");
    assertThat(select(document, "//table[@class='metrics']/tbody/tr")).hasSize(7);
  }
}

package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code checkstyle-result.xml}: well-formed Checkstyle XML whose attributes read back exactly. */
class CheckstyleReportTest {

  @TempDir Path directory;

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  @Test
  void listsEveryFileAndEveryUnsuppressedFinding() throws Exception {
    Document document =
        ReportTesting.xml(ReportTesting.write(ReviewFixtures.realistic(), ReportFormat.CHECKSTYLE, directory));
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("4.3");
    assertThat(elements(document, "file")).extracting(f -> f.getAttribute("name")).containsExactly(
        ReviewFixtures.PARSER, ReviewFixtures.BROKEN, ReviewFixtures.UTIL, ReviewFixtures.HELLO,
        ReviewFixtures.TEMPLATE);
    List<Element> errors = elements(document, "error");
    // Six unsuppressed findings and one parse error.
    assertThat(errors).hasSize(7);
    assertThat(errors).extracting(e -> e.getAttribute("severity"))
        .containsExactly("warning", "info", "error", "error", "error", "info", "error");
  }

  @Test
  void attributesAreEscapedAndReadBackUnchanged() throws Exception {
    Document document =
        ReportTesting.xml(ReportTesting.write(ReviewFixtures.realistic(), ReportFormat.CHECKSTYLE, directory));
    List<Element> errors = elements(document, "error");
    Element nasty = errors.get(6);
    assertThat(nasty.getAttribute("line")).isEqualTo("6");
    assertThat(nasty.getAttribute("source")).isEqualTo("model.error-handling");
    assertThat(nasty.getAttribute("message"))
        .isEqualTo(ReviewFixtures.NASTY_MESSAGE + " Suggestion: Escape with `Html.escape(name)` | or a <template>.");
    // A line break in a message survives attribute normalization.
    assertThat(errors.get(3).getAttribute("message"))
        .startsWith("The NumberFormatException is swallowed\nand the line");
    Element parse = errors.get(4);
    assertThat(parse.getAttribute("line")).isEqualTo("7");
    assertThat(parse.getAttribute("column")).isEqualTo("12");
    assertThat(parse.getAttribute("message")).startsWith("Could not parse: Parse error. Found \"}\"");
  }

  @Test
  void emptyReviewListsTheFileWithoutErrors() throws Exception {
    String xml = ReportTesting.write(ReviewFixtures.empty(), ReportFormat.CHECKSTYLE, directory);
    Document document = ReportTesting.xml(xml);
    assertThat(elements(document, "file")).hasSize(1);
    assertThat(elements(document, "error")).isEmpty();
  }
}

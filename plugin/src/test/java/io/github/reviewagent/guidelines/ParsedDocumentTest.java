package io.github.reviewagent.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParsedDocumentTest {

  @Test
  void splitsAtHeadingsWithTheirPathAndLines() {
    String text = """
        # Contributing

        Thanks for helping.

        ## Code style

        ### Logging

        Use SLF4J.
        ## Tests
        Write them.
        """;

    ParsedDocument parsed = ParsedDocument.parse("CONTRIBUTING.md", text);

    assertThat(parsed.document().title()).isEqualTo("Contributing");
    assertThat(parsed.chunks()).extracting(ParsedDocument.Chunk::heading, ParsedDocument.Chunk::startLine, ParsedDocument.Chunk::endLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Contributing", 1, 3),
            org.assertj.core.groups.Tuple.tuple("Contributing > Code style > Logging", 7, 9),
            org.assertj.core.groups.Tuple.tuple("Contributing > Tests", 10, 11));
    assertThat(parsed.chunks().get(1).text()).isEqualTo("### Logging\n\nUse SLF4J.");
  }

  @Test
  void headingsInsideFencedCodeAreText() {
    String text = "# Build\n\n```bash\n# run the tests\n./mvnw verify\n```\n";

    ParsedDocument parsed = ParsedDocument.parse("CONTRIBUTING.md", text);

    assertThat(parsed.chunks()).hasSize(1);
    assertThat(parsed.chunks().get(0).heading()).isEqualTo("Build");
    assertThat(parsed.chunks().get(0).endLine()).isEqualTo(6);
  }

  @Test
  void readsTitleAndPathsFromFrontMatterKeepingLineNumbers() {
    String text = """
        ---
        title: Payments rules
        paths: ["src/main/java/com/acme/payments/**", 'src/test/java/com/acme/{payments,billing}/**']
        owner: team-pay
        ---
        Use BigDecimal for money.
        """;

    ParsedDocument parsed = ParsedDocument.parse(".review/payments.md", text);

    assertThat(parsed.document().title()).isEqualTo("Payments rules");
    assertThat(parsed.document().scope()).containsExactly("src/main/java/com/acme/payments/**", "src/test/java/com/acme/{payments,billing}/**");
    assertThat(parsed.chunks()).singleElement().satisfies(chunk -> {
      assertThat(chunk.startLine()).isEqualTo(6);
      assertThat(chunk.heading()).isEqualTo("Payments rules");
      assertThat(chunk.text()).isEqualTo("Use BigDecimal for money.");
    });
    // the compiled scope, as the index matches it
    assertThat(parsed.scope()).anyMatch(glob -> glob.matches("src/test/java/com/acme/billing/InvoiceTest.java"));
    assertThat(parsed.scope()).noneMatch(glob -> glob.matches("src/main/java/com/acme/orders/Order.java"));
  }

  @Test
  void acceptsABlockListOrASingleGlob() {
    ParsedDocument list = ParsedDocument.parse("a.md", "---\npaths:\n  - core/**\n  - \"api/**\"\n---\ntext\n");
    ParsedDocument single = ParsedDocument.parse("b.md", "---\npaths: core/**\n---\ntext\n");
    ParsedDocument empty = ParsedDocument.parse("c.md", "---\npaths: []\n---\ntext\n");

    assertThat(list.document().scope()).containsExactly("core/**", "api/**");
    assertThat(single.document().scope()).containsExactly("core/**");
    assertThat(empty.document().scope()).isEmpty();
    assertThat(empty.problems()).singleElement().asString().contains("c.md").contains("applies to every file");
  }

  @Test
  void yamlCommentsInTheFrontMatterAreNotPartOfAGlobOrTitle() {
    ParsedDocument flow = ParsedDocument.parse("a.md", "---\ntitle: Main # the main code\npaths: [\"src/main/**\"] # main only\n---\ntext\n");
    ParsedDocument block = ParsedDocument.parse("b.md", "---\npaths: # where it applies\n  - 'core/**'  # the core\n  - api/#1/** # a # inside a glob stays\n---\ntext\n");

    assertThat(flow.document().title()).isEqualTo("Main");
    assertThat(flow.document().scope()).containsExactly("src/main/**");
    assertThat(flow.scope()).anyMatch(glob -> glob.matches("src/main/java/A.java"));
    assertThat(block.document().scope()).containsExactly("core/**", "api/#1/**");
  }

  @Test
  void aRuleThatIsNotClosedIsNotFrontMatter() {
    ParsedDocument parsed = ParsedDocument.parse("notes/style.txt", "---\nkeep lines short\n");

    assertThat(parsed.document().title()).isEqualTo("style");
    assertThat(parsed.chunks()).singleElement().extracting(ParsedDocument.Chunk::startLine).isEqualTo(1);
  }

  @Test
  void cutsALongSectionAtParagraphsWithinTheCap() {
    String paragraph = IntStream.range(0, 8).mapToObj(i -> "Sentence number " + i + " about naming things well.").collect(Collectors.joining(" "));
    String text = "## Naming\n\n" + IntStream.range(0, 12).mapToObj(i -> paragraph).collect(Collectors.joining("\n\n")) + "\n";

    List<ParsedDocument.Chunk> chunks = ParsedDocument.parse("naming.md", text).chunks();

    // Twelve paragraphs of 360 characters: four fit in one passage.
    assertThat(chunks).hasSize(3).allSatisfy(chunk -> {
      assertThat(chunk.text().length()).isLessThanOrEqualTo(ParsedDocument.PASSAGE_CHARS);
      assertThat(chunk.heading()).isEqualTo("Naming");
      assertThat(text.lines().skip(chunk.startLine() - 1).limit(chunk.endLine() - chunk.startLine() + 1L).collect(Collectors.joining("\n")))
          .isEqualTo(chunk.text());
    });
    for (int i = 1; i < chunks.size(); i++) {
      assertThat(chunks.get(i).startLine()).isGreaterThan(chunks.get(i - 1).endLine());
    }
  }

  @Test
  void cutsAnOverlongParagraphBetweenLines() {
    String text = IntStream.range(0, 100).mapToObj(i -> "line " + i + " of one very long paragraph without any blank line").collect(Collectors.joining("\n"));

    List<ParsedDocument.Chunk> chunks = ParsedDocument.parse("long.txt", text).chunks();

    assertThat(chunks).hasSizeGreaterThan(2).allSatisfy(chunk -> assertThat(chunk.text().length()).isLessThanOrEqualTo(ParsedDocument.PASSAGE_CHARS));
    assertThat(chunks.get(chunks.size() - 1).endLine()).isEqualTo(100);
  }

  @Test
  void aHeadingWithoutTextGivesNoPassage() {
    assertThat(ParsedDocument.parse("a.md", "# Title\n## Empty\n\n## Full\nbody\n").chunks())
        .extracting(ParsedDocument.Chunk::heading).containsExactly("Title > Full");
  }
}

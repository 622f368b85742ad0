package io.github.reviewagent.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelineIndexTest {

  static final String CONTRIBUTING = """
      # Contributing to Acme

      Thanks for helping! Open an issue before a large change.

      ## Building

      Run ./mvnw verify before you push. The build needs Java 17.

      ## Logging

      Log through SLF4J, never System.out or printStackTrace. Use parameterised messages
      instead of string concatenation, and never log passwords, tokens or personal data.

      ## Error handling

      Do not swallow exceptions: wrap them with context and rethrow. Catch the narrowest type.

      ## Configuration

      Read timeouts and limits from configuration. The MAX_RETRY_COUNT of the HTTP client is 3;
      never hard-code another retry count.

      ## Tests

      Every bug fix comes with a test that failed before the fix. Use AssertJ.
      """;

  static final String PAYMENTS = """
      ---
      title: Payments
      paths: ["src/main/java/com/acme/payments/**"]
      ---
      # Payments

      ## Money

      Amounts are BigDecimal, never double. Round with HALF_EVEN at the end only.

      ## Audit logging

      Every state change of a payment is logged to the audit logger with the payment id, never the card number.
      """;

  @TempDir Path root;

  private void write(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private GuidelineIndex index() {
    return new GuidelineIndex(root, List.of());
  }

  @Test
  void aChineseWordInsideASentenceIsFound() throws Exception {
    write(".review/zh.md", "# 日志\n\n不要使用日志记录密码。\n\n# 测试\n\n每个修复都需要测试。\n");

    assertThat(index().search("密码", null, 5)).singleElement().extracting(GuidelinePassage::heading).isEqualTo("日志");
  }

  @Test
  void aQueryAboutLoggingFindsTheLoggingSection() throws Exception {
    write("CONTRIBUTING.md", CONTRIBUTING);

    List<GuidelinePassage> found = index().search("logging", null, 5);

    assertThat(found).isNotEmpty();
    GuidelinePassage best = found.get(0);
    assertThat(best.document().path()).isEqualTo("CONTRIBUTING.md");
    assertThat(best.heading()).isEqualTo("Contributing to Acme > Logging");
    assertThat(best.startLine()).isEqualTo(9);
    assertThat(best.endLine()).isEqualTo(12);
    assertThat(best.text()).startsWith("## Logging").contains("SLF4J");
  }

  @Test
  void identifiersInTheQueryMatchTheWordsTheyAreMadeOf() throws Exception {
    write("CONTRIBUTING.md", CONTRIBUTING);
    GuidelineIndex index = index();

    assertThat(index.search("maxRetryCount", null, 1)).singleElement()
        .extracting(GuidelinePassage::heading).isEqualTo("Contributing to Acme > Configuration");
    assertThat(index.search("printStackTrace", null, 1)).singleElement()
        .extracting(GuidelinePassage::heading).isEqualTo("Contributing to Acme > Logging");
    assertThat(index.search("swallowedExceptions", null, 1)).singleElement()
        .extracting(GuidelinePassage::heading).isEqualTo("Contributing to Acme > Error handling");
  }

  @Test
  void onlyPassagesThatShareATermAreReturned() throws Exception {
    write("CONTRIBUTING.md", CONTRIBUTING);

    assertThat(index().search("kubernetes helm", null, 5)).isEmpty();
    assertThatThrownBy(() -> index().search("the and of", null, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no words to search for");
  }

  @Test
  void scopedGuidanceRanksFirstForItsFilesAndIsLeftOutForOthers() throws Exception {
    write("CONTRIBUTING.md", CONTRIBUTING);
    write(".review/payments.md", PAYMENTS);
    GuidelineIndex index = index();

    List<GuidelinePassage> forPayments = index.search("logging", "src/main/java/com/acme/payments/Refund.java", 5);
    assertThat(forPayments.get(0).document().path()).isEqualTo(".review/payments.md");
    assertThat(forPayments.get(0).heading()).isEqualTo("Payments > Audit logging");
    assertThat(forPayments).extracting(p -> p.document().path()).contains("CONTRIBUTING.md");

    List<GuidelinePassage> forOrders = index.search("logging", "src/main/java/com/acme/orders/Order.java", 5);
    assertThat(forOrders).isNotEmpty().extracting(p -> p.document().path()).containsOnly("CONTRIBUTING.md");

    List<GuidelinePassage> anywhere = index.search("logging", null, 5);
    assertThat(anywhere).extracting(p -> p.document().path()).contains("CONTRIBUTING.md", ".review/payments.md");
    assertThat(index.search("BigDecimal", "./src/main/java/com/acme/payments/Refund.java", 5)).singleElement()
        .satisfies(p -> assertThat(p.document().scope()).containsExactly("src/main/java/com/acme/payments/**"));
  }

  @Test
  void theScopeBoostRanksAMatchingScopedPassageAboveAnEqualUnscopedOne() throws Exception {
    write("CONTRIBUTING.md", "# Rules\n\nPrefer immutable records for values.\n");
    write(".review/core.md", "---\npaths: core\n---\n# Core\n\nPrefer immutable records for values.\n");
    GuidelineIndex index = index();

    assertThat(index.search("immutable records", "core/src/A.java", 2)).extracting(p -> p.document().path())
        .containsExactly(".review/core.md", "CONTRIBUTING.md");
    assertThat(index.search("immutable records", null, 2)).extracting(p -> p.document().path())
        .containsExactly("CONTRIBUTING.md", ".review/core.md");
  }

  @Test
  void aPassageCopiedIntoSeveralDocumentsIsReturnedOnceAndLeavesRoomForOthers() throws Exception {
    write("CONTRIBUTING.md", CONTRIBUTING);
    write(".github/CONTRIBUTING.md", CONTRIBUTING);
    write("docs/CONTRIBUTING.md", CONTRIBUTING);
    write(".review/logging.md", "# Log levels\n\nLog a retry at WARN, never at ERROR.\n");

    List<GuidelinePassage> found = index().search("logging", null, 3);

    // Only two passages differ; the copies would crowd out anything ranked after them.
    assertThat(found).extracting(p -> p.document().path()).containsExactly(".review/logging.md", "CONTRIBUTING.md");
  }

  @Test
  void returnsTheTopKPassages() throws Exception {
    StringBuilder text = new StringBuilder("# Checklist\n");
    for (int i = 1; i <= 15; i++) {
      text.append("\n## Item ").append(i).append("\n\nCheck null handling in case ").append(i).append(".\n");
    }
    write("CONTRIBUTING.md", text.toString());
    GuidelineIndex index = index();

    assertThat(index.search("null handling", null, GuidelineIndex.DEFAULT_RESULTS)).hasSize(5);
    assertThat(index.search("null handling", null, 10)).hasSize(10);
    assertThat(index.search("null handling", null, 50)).hasSize(GuidelineIndex.MAX_RESULTS);
    assertThat(index.search("null handling", null, 0)).hasSize(1);
    List<GuidelinePassage> all = index.search("null handling", null, 10);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).score()).isLessThanOrEqualTo(all.get(i - 1).score());
    }
  }

  @Test
  void aRepositoryWithoutGuidanceHasNoDocumentsAndNoProblems() throws Exception {
    write("README.md", "# Demo\n\nlogging\n");
    GuidelineIndex index = index();

    assertThat(index.documents()).isEmpty();
    assertThat(index.problems()).isEmpty();
    assertThat(index.search("logging", null, 5)).isEmpty();
  }

  @Test
  void findsContributingFilesConfiguredDocumentsAndTheReviewFolder() throws Exception {
    write("CONTRIBUTING.md", "# Contributing\n\ntext\n");
    write(".github/CONTRIBUTING.md", "# GitHub contributing\n\ntext\n");
    write("docs/CONTRIBUTING.md", "# Docs contributing\n\ntext\n");
    write("docs/style.md", "Style without a heading.\n");
    write("docs/guides/naming.md", "# Naming\n\ntext\n");
    write("docs/guides/picture.png", "not indexed\n");
    write(".review/b.txt", "plain text instructions\n");
    write(".review/a/architecture.markdown", "# Architecture\n\ntext\n");
    write(".review/.drafts/wip.md", "# Hidden draft\n\ntext\n");
    GuidelineIndex index = new GuidelineIndex(root, List.of("docs/style.md", "./docs/guides/", "CONTRIBUTING.md", "docs/missing.md", "../outside.md"));

    assertThat(index.documents()).extracting(GuidelineDocument::path, GuidelineDocument::title).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CONTRIBUTING.md", "Contributing"),
        org.assertj.core.groups.Tuple.tuple(".github/CONTRIBUTING.md", "GitHub contributing"),
        org.assertj.core.groups.Tuple.tuple("docs/CONTRIBUTING.md", "Docs contributing"),
        org.assertj.core.groups.Tuple.tuple("docs/style.md", "style"),
        org.assertj.core.groups.Tuple.tuple("docs/guides/naming.md", "Naming"),
        org.assertj.core.groups.Tuple.tuple(".review/a/architecture.markdown", "Architecture"),
        org.assertj.core.groups.Tuple.tuple(".review/b.txt", "b"));
    assertThat(index.problems()).hasSize(2);
    assertThat(index.problems().get(0)).contains("docs/missing.md").contains("does not exist");
    assertThat(index.problems().get(1)).contains("../outside.md").contains("without ..");
  }

  @Test
  void skipsDocumentsThatLeadOutsideTheRepositoryOrAreNotText(@TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("elsewhere.md"), "# Elsewhere\n\nsecret plans\n");
    write(".review/ok.md", "# Ok\n\ntext\n");
    Files.createSymbolicLink(root.resolve(".review/elsewhere.md"), outside.resolve("elsewhere.md"));
    Files.createDirectories(root.resolve("docs"));
    Files.write(root.resolve("docs/binary.md"), new byte[] {'#', ' ', 0, 1, 2});
    GuidelineIndex index = new GuidelineIndex(root, List.of("docs/binary.md"));

    assertThat(index.documents()).extracting(GuidelineDocument::path).containsExactly(".review/ok.md");
    assertThat(index.problems()).anySatisfy(p -> assertThat(p).contains(".review/elsewhere.md").contains("outside the repository"))
        .anySatisfy(p -> assertThat(p).contains("docs/binary.md").contains("binary"));
    assertThat(index.search("secret plans", null, 5)).isEmpty();
  }

  @Test
  void aDocumentThatIsNotUtf8IsStillIndexedWithItsBadBytesReplaced() throws Exception {
    Files.createDirectories(root.resolve(".review"));
    Files.write(root.resolve(".review/legacy.md"),
        "# Naming\n\nGr\u00f6\u00dfe and Ma\u00df are spelt out; constants are UPPER_CASE.\n".getBytes(StandardCharsets.ISO_8859_1));

    GuidelineIndex index = index();

    assertThat(index.problems()).isEmpty();
    assertThat(index.search("constants upper case", null, 1)).singleElement()
        .satisfies(p -> assertThat(p.text()).contains("Gr\uFFFD\uFFFDe and Ma\uFFFD are spelt out"));
  }

  @Test
  void findsTheRightPassageAmongHundredsOfDocuments() throws Exception {
    for (int i = 0; i < 400; i++) {
      write(".review/team-" + i + ".md", "# Team " + i + "\n\n## Conventions\n\nAll code of area" + i + " follows the shared rules."
          + " Keep methods short and names clear.\n\n## Specifics\n\nModule widget" + i + " caches its results for ten minutes.\n");
    }
    GuidelineIndex index = index();

    assertThat(index.documents()).hasSize(400);
    List<GuidelinePassage> found = index.search("widget237 cache", null, 3);
    assertThat(found.get(0).document().path()).isEqualTo(".review/team-237.md");
    assertThat(found.get(0).heading()).isEqualTo("Team 237 > Specifics");
    assertThat(index.search("short methods", null, 10)).hasSize(10);
  }

  @Test
  void concurrentSearchesBuildTheIndexOnceAndAgree() throws Exception {
    write("CONTRIBUTING.md", CONTRIBUTING);
    write(".review/payments.md", PAYMENTS);
    for (int i = 0; i < 50; i++) {
      write(".review/extra-" + i + ".md", "# Extra " + i + "\n\nLogging detail " + i + " for exceptions.\n");
    }
    List<GuidelinePassage> expected = new GuidelineIndex(root, List.of()).search("logging exceptions", "src/main/java/com/acme/payments/A.java", 10);
    GuidelineIndex shared = index();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Object>>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          start.await();
          List<Object> seen = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            seen.add(shared.search("logging exceptions", "src/main/java/com/acme/payments/A.java", 10));
          }
          seen.add(shared.documents());
          return seen;
        }));
      }
      start.countDown();
      List<GuidelineDocument> firstDocuments = null;
      for (Future<List<Object>> future : running) {
        List<Object> seen = future.get();
        for (Object result : seen.subList(0, seen.size() - 1)) {
          assertThat(result).isEqualTo(expected);
        }
        Object documents = seen.get(seen.size() - 1);
        if (firstDocuments == null) {
          firstDocuments = castDocuments(documents);
        }
        // One build: every thread sees the very same list.
        assertThat(documents).isSameAs(firstDocuments);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<GuidelineDocument> castDocuments(Object documents) {
    return (List<GuidelineDocument>) documents;
  }
}

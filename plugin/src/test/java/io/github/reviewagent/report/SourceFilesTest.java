package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceFilesTest {

  @Test
  void splitsOnEveryLineTerminatorWithoutATrailingEmptyLine() {
    assertThat(SourceFiles.split("a\r\nb\rc\nd\n")).containsExactly("a", "b", "c", "d");
    assertThat(SourceFiles.split("a\n\n")).containsExactly("a", "");
    assertThat(SourceFiles.split("no terminator")).containsExactly("no terminator");
  }

  @Test
  void readsEachFileOnceAndAnswersLinesByNumber() {
    AtomicInteger reads = new AtomicInteger();
    SourceFiles files = new SourceFiles(path -> {
      reads.incrementAndGet();
      return Optional.of("one\ntwo\n");
    });
    assertThat(files.line("A.java", 2)).contains("two");
    assertThat(files.line("A.java", 3)).isEmpty();
    assertThat(files.line("A.java", 0)).isEmpty();
    assertThat(reads).hasValue(1);
  }

  @Test
  void aFailingOrNullAnswerMeansNoSource() {
    assertThat(new SourceFiles(path -> { throw new IllegalStateException("boom"); }).lines("A.java")).isEmpty();
    assertThat(new SourceFiles(path -> null).lines("A.java")).isEmpty();
  }
}

package io.github.reviewagent.guidelines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void doubleStarSpansDirectoriesAndMayBeEmpty() {
    Glob glob = Glob.of("src/**/payments/*.java");
    assertThat(glob.matches("src/payments/Refund.java")).isTrue();
    assertThat(glob.matches("src/main/java/com/acme/payments/Refund.java")).isTrue();
    assertThat(glob.matches("src/main/java/com/acme/payments/sub/Refund.java")).isFalse();
    assertThat(glob.matches("test/payments/Refund.java")).isFalse();
  }

  @Test
  void aDirectoryCoversEverythingUnderIt() {
    for (String text : new String[] {"src/main/java/com/acme/payments", "src/main/java/com/acme/payments/", "src/main/java/com/acme/payments/**", "./src/main/java/com/acme/payments/**"}) {
      Glob glob = Glob.of(text);
      assertThat(glob.matches("src/main/java/com/acme/payments/Refund.java")).as(text).isTrue();
      assertThat(glob.matches("src/main/java/com/acme/payments/api/Dto.java")).as(text).isTrue();
      assertThat(glob.matches("src/main/java/com/acme/paymentsx/Refund.java")).as(text).isFalse();
    }
  }

  @Test
  void starAndQuestionMarkStayInOneDirectory() {
    assertThat(Glob.of("*.java").matches("App.java")).isTrue();
    assertThat(Glob.of("*.java").matches("src/App.java")).isFalse();
    assertThat(Glob.of("**/*.java").matches("src/App.java")).isTrue();
    assertThat(Glob.of("src/?.java").matches("src/A.java")).isTrue();
    assertThat(Glob.of("src/?.java").matches("src/AB.java")).isFalse();
  }

  @Test
  void bracesGiveAlternativesAndOtherCharactersAreLiteral() {
    Glob glob = Glob.of("src/{main,test}/java/a+b/**");
    assertThat(glob.matches("src/main/java/a+b/X.java")).isTrue();
    assertThat(glob.matches("src/test/java/a+b/X.java")).isTrue();
    assertThat(glob.matches("src/it/java/a+b/X.java")).isFalse();
    assertThat(glob.matches("src/main/java/aab/X.java")).isFalse();
    assertThat(Glob.of("src/{main").matches("src/{main")).isTrue();
  }
}

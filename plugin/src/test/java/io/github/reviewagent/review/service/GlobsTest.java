package io.github.reviewagent.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobsTest {

  @Test
  void doubleStarSlashAlsoMatchesNoDirectoryAsInMaven() {
    Globs globs = Globs.compile(List.of("**/*.java"), "review.includes");

    assertThat(globs.matches(Path.of("A.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/main/java/a/B.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/main/java/a/B.kt"))).isFalse();
  }

  @Test
  void innerDoubleStarMatchesZeroOrMoreDirectories() {
    Globs globs = Globs.compile(List.of("src/**/generated/**"), "review.excludes");

    assertThat(globs.matches(Path.of("src/generated/A.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/main/java/generated/x/A.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/main/java/a/A.java"))).isFalse();
  }

  @Test
  void aPatternEndingWithASeparatorMatchesEverythingBelowAsInMaven() {
    Globs globs = Globs.compile(List.of("src/main/java/generated/", "**\\legacy\\"), "review.excludes");

    assertThat(globs.matches(Path.of("src/main/java/generated/A.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/main/java/generated/x/B.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/test/java/legacy/C.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/main/java/a/A.java"))).isFalse();
  }

  @Test
  void anyPatternOfTheListMatches() {
    Globs globs = Globs.compile(List.of("src/main/**", "src/test/java/Special*.java"), "review.includes");

    assertThat(globs.matches(Path.of("src/main/java/A.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/test/java/SpecialTest.java"))).isTrue();
    assertThat(globs.matches(Path.of("src/test/java/OtherTest.java"))).isFalse();
    assertThat(Globs.compile(List.of(), "review.excludes").matches(Path.of("A.java"))).isFalse();
  }

  @Test
  void badPatternsNameTheParameter() {
    assertThatThrownBy(() -> Globs.compile(List.of("src/[main"), "review.includes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("review.includes has the pattern 'src/[main', which is not a valid glob");
    // Maven prints a cause's message after the exception's own: the problem is said once, in the message alone.
    assertThatThrownBy(() -> Globs.compile(List.of("src/[main"), "review.includes"))
        .hasNoCause()
        .hasMessage("review.includes has the pattern 'src/[main', which is not a valid glob (Missing ']):"
            + " correct it; a [ or { meant literally is written [[] or [{]");
    assertThat(Globs.compile(List.of("src/a[[]b].java"), "review.includes").matches(Path.of("src/a[b].java"))).isTrue();
    assertThatThrownBy(() -> Globs.compile(List.of("/abs/**"), "review.excludes"))
        .hasMessageStartingWith("review.excludes has the pattern '/abs/**'; write a glob relative to the module's base directory");
    assertThatThrownBy(() -> Globs.compile(List.of(" "), "review.excludes"))
        .hasMessageStartingWith("review.excludes has the pattern ' '");
  }
}

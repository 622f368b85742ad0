package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void escapesMarkdownAndHtml() {
    assertThat(MarkdownText.text("a|b `c` *d* _e_ [f](g) <h> & \\ # ~ !"))
        .isEqualTo("a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) &lt;h&gt; &amp; \\\\ \\# \\~ \\!");
  }

  @Test
  void foldsLinesAndDropsControlCharacters() {
    assertThat(MarkdownText.text("  one\r\n  two\nthree\u0007 ")).isEqualTo("one two three");
  }

  @Test
  void annotationsBecomeCodeSoTheyMentionNobody() {
    assertThat(MarkdownText.text("Add @Override or @java.lang.SafeVarargs; mail a@b"))
        .isEqualTo("Add `@Override` or `@java.lang.SafeVarargs`; mail a`@b`");
  }

  @Test
  void issueAndMergeRequestNumbersBecomeCodeSoTheyReferenceNothing() {
    // A backslash does not stop GitHub or GitLab from linking #12 (and back-linking from issue 12): code does.
    assertThat(MarkdownText.text("The loop from #12 repeats; see !7 and GH-3, not Foo#bar or a#b"))
        .isEqualTo("The loop from `#12` repeats; see `!7` and `GH-3`, not Foo\\#bar or a\\#b");
    assertThat(MarkdownText.text("#12 first")).isEqualTo("`#12` first");
  }

  @Test
  void dollarSignsOpenNoMath() {
    // GitHub renders $...$ as TeX, even escaped with a backslash: "Outer$Inner and Other$Helper" lost its text.
    // Its documentation's way to show a literal $ beside others is a span around it.
    assertThat(MarkdownText.text("Outer$Inner and Other$Helper read ${db.url}"))
        .isEqualTo("Outer<span>$</span>Inner and Other<span>$</span>Helper read <span>$</span>{db.url}");
  }

  @Test
  void leadingListOrHeadingMarkersAreEscaped() {
    assertThat(MarkdownText.text("- not a list")).isEqualTo("\\- not a list");
    assertThat(MarkdownText.text("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownText.text("= not a heading")).isEqualTo("\\= not a heading");
  }

  @Test
  void codeSpanFallsBackToTextWhenItCouldBreakOut() {
    assertThat(MarkdownText.code("a/B.java:3")).isEqualTo("`a/B.java:3`");
    assertThat(MarkdownText.code("a`b")).isEqualTo("a\\`b");
    assertThat(MarkdownText.code("a|b")).isEqualTo("a\\|b");
  }
}

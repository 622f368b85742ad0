package io.github.reviewagent.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void escapesTheFiveXmlSpecials() {
    assertThat(Markup.text("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void replacesCharactersXmlForbidsAndKeepsPairs() {
    assertThat(Markup.text("a\u0000b\u001Fc\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    assertThat(Markup.text("lone \uD800 high, pair \uD83D\uDE00")).isEqualTo("lone \uFFFD high, pair \uD83D\uDE00");
  }

  @Test
  void textKeepsLineBreaksAttributesEncodeThem() {
    assertThat(Markup.text("a\nb\tc")).isEqualTo("a\nb\tc");
    assertThat(Markup.attribute("a\nb\tc\rd")).isEqualTo("a&#10;b&#9;c&#13;d");
  }
}

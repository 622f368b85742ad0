package io.github.reviewagent.metrics.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeTextTest {

  @Test
  void layoutAndCommentsDoNotCount() {
    String a = "int f(int a, int b) {\n  return a + b; // sum\n}\n";
    String b = "int f( int a,int b )\n{\n    /* the sum */\n    return a+b;\n}";
    assertThat(CodeText.normalise(a)).isEqualTo(CodeText.normalise(b)).isEqualTo("int f(int a,int b){return a+b;}");
  }

  @Test
  void separatedWordsAndOperatorsStaySeparated() {
    assertThat(CodeText.normalise("return  x;")).isEqualTo("return x;");
    assertThat(CodeText.normalise("a - -b")).isNotEqualTo(CodeText.normalise("a--b"));
    assertThat(CodeText.normalise("a + /* c */ +b")).isEqualTo("a+ +b");
  }

  @Test
  void spacesBetweenOperatorsThatCannotFuseDoNotCount() {
    // A formatter turns `x=-1` into `x = -1` and `a&&!b` into `a && !b`: no token changed.
    assertThat(CodeText.normalise("int x=-1;")).isEqualTo(CodeText.normalise("int x = -1;")).isEqualTo("int x=-1;");
    assertThat(CodeText.normalise("if (a&&!b) {}")).isEqualTo(CodeText.normalise("if (a && !b) {}"));
    assertThat(CodeText.normalise("y = c ?-1 : +1;")).isEqualTo(CodeText.normalise("y = c ? -1 : +1;"));
    // ... while spaces that keep two tokens apart still count
    assertThat(CodeText.normalise("a = = b")).isNotEqualTo(CodeText.normalise("a == b"));
    assertThat(CodeText.normalise("a > >= b")).isNotEqualTo(CodeText.normalise("a >>= b"));
    assertThat(CodeText.normalise("a < < b")).isNotEqualTo(CodeText.normalise("a << b"));
  }

  @Test
  void literalsAreKeptVerbatim() {
    assertThat(CodeText.normalise("s = \"a  // not a comment\";")).isEqualTo("s=\"a  // not a comment\";");
    assertThat(CodeText.normalise("c = '\\'';  d = '/';")).isEqualTo("c='\\'';d='/';");
    assertThat(CodeText.normalise("t = \"\"\"\n  x  \"y\"\n  \"\"\";")).isEqualTo("t=\"\"\"\n  x  \"y\"\n  \"\"\";");
    assertThat(CodeText.normalise("s = \"a\\\"  b\";")).isEqualTo("s=\"a\\\"  b\";");
  }

  @Test
  void tokenChangesCount() {
    assertThat(CodeText.normalise("return a + b;")).isNotEqualTo(CodeText.normalise("return a - b;"));
    assertThat(CodeText.normalise("s = \"a b\";")).isNotEqualTo(CodeText.normalise("s = \"a  b\";"));
  }

  @Test
  void slicesWholeLinesOneBasedInclusive() {
    CodeText text = new CodeText("line one\r\nline two\rline three\nline four");
    assertThat(text.normalised(2, 3)).isEqualTo("line two line three");
    assertThat(text.normalised(4, 4)).isEqualTo("line four");
    assertThat(text.normalised(1, 1)).isEqualTo("line one");
  }
}

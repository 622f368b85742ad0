package io.github.reviewagent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsAnalyzerTest {

  private final MetricsAnalyzer analyzer = new MetricsAnalyzer();

  @Test
  void anonymousAndLocalClassesAreNumberedAsJavacNamesThem() {
    // javac: one sequence for anonymous classes, one per simple name for local classes, each per enclosing class.
    String source = """
        class A {
          void e() { new Object() { void k() {} }; }
          void f() { class L { void m() {} } class M { void n() {} } }
          void g() { new Object() { void h() {} }; class L { void o() {} } }
          class In { void i() { new Object() { void p() {} }; class L { void q() {} } } }
        }
        """;

    assertThat(analyzer.analyze("A.java", source).types()).extracting(TypeReport::name)
        .containsExactly("A", "A$1", "A$1L", "A$1M", "A$2", "A$2L", "A.In", "A.In$1", "A.In$1L");
  }

  @Test
  void aCompactSourceFilesImplicitClassIsNamedAfterTheFileAsJavacNamesIt() {
    String source = "void main() {\n  new Thread(new Runnable() { public void run() {} }).start();\n}\n";

    assertThat(analyzer.analyze("src/main/java/Hello.java", source).types()).extracting(TypeReport::name)
        .containsExactly("Hello", "Hello$1");
  }

  @Test
  void measuresEveryCallableOfEveryKindOfType() {
    String source =
        """
        class Outer {
          Outer() {}
          void method() {
            Runnable r = new Runnable() {
              public void run() {}
            };
            class Local {
              void inLocal() {}
            }
          }
          class Inner {
            void inInner() {}
          }
          interface Api {
            void abstractOne();
            default void defaultOne() {}
            static void staticOne() {}
          }
          enum Kind {
            A {
              void body() {}
            };
            void onEnum() {}
          }
          record Point(int x, int y) {
            Point {}
            Point(int x) { this(x, 0); }
          }
          @interface Marker {
            int value();
          }
        }
        """;

    FileReport report = analyzer.analyze("Outer.java", source);

    assertThat(report.types())
        .extracting(TypeReport::name, TypeReport::kind)
        .containsExactly(
            tuple("Outer", TypeReport.Kind.CLASS),
            tuple("Outer$1", TypeReport.Kind.ANONYMOUS),
            tuple("Outer$1Local", TypeReport.Kind.CLASS),
            tuple("Outer.Inner", TypeReport.Kind.CLASS),
            tuple("Outer.Api", TypeReport.Kind.INTERFACE),
            tuple("Outer.Kind", TypeReport.Kind.ENUM),
            tuple("Outer.Kind$1", TypeReport.Kind.ANONYMOUS),
            tuple("Outer.Point", TypeReport.Kind.RECORD),
            tuple("Outer.Marker", TypeReport.Kind.ANNOTATION));
    assertThat(report.types().stream().flatMap(t -> t.methods().stream()))
        .extracting(MethodReport::signature, MethodReport::kind)
        .containsExactly(
            tuple("Outer()", MethodReport.Kind.CONSTRUCTOR),
            tuple("method()", MethodReport.Kind.METHOD),
            tuple("run()", MethodReport.Kind.METHOD),
            tuple("inLocal()", MethodReport.Kind.METHOD),
            tuple("inInner()", MethodReport.Kind.METHOD),
            tuple("abstractOne()", MethodReport.Kind.METHOD),
            tuple("defaultOne()", MethodReport.Kind.METHOD),
            tuple("staticOne()", MethodReport.Kind.METHOD),
            tuple("onEnum()", MethodReport.Kind.METHOD),
            tuple("body()", MethodReport.Kind.METHOD),
            tuple("Point(int,int)", MethodReport.Kind.CONSTRUCTOR),
            tuple("Point(int)", MethodReport.Kind.CONSTRUCTOR),
            tuple("value()", MethodReport.Kind.METHOD));
  }

  @Test
  void typeMetricsSumTheirOwnMethodsAndCountTheirOwnFields() {
    String source =
        """
        class Account {
          private int balance, limit;
          private final String owner = "x";

          void deposit(int amount) {
            if (amount <= 0) throw new IllegalArgumentException();
            balance += amount;
          }

          boolean withdraw(int amount) {
            if (amount > balance + limit) {
              return false;
            }
            balance -= amount;
            return true;
          }

          class Statement {
            int lines;
            void print() { if (lines > 0) System.out.println(lines); }
          }
        }
        """;

    FileReport report = analyzer.analyze("Account.java", source);

    TypeReport account = report.types().get(0);
    // WMC: deposit 1 + if + throw = 3, withdraw 1 + if = 2; Statement.print is not Account's
    assertThat(account.wmc()).isEqualTo(5);
    assertThat(account.methodCount()).isEqualTo(2);
    // balance and limit are two fields of one declaration, owner a third
    assertThat(account.fieldCount()).isEqualTo(3);
    // class 1 + 2 field declarations + deposit (1 + if + throw + statement) + withdraw (1 + if + return
    // + statement + return) + Statement (class 1 + field 1 + print 1 + if + statement)
    assertThat(account.ncss()).isEqualTo(1 + 2 + 4 + 5 + 5);
    TypeReport statement = report.types().get(1);
    assertThat(statement.name()).isEqualTo("Account.Statement");
    assertThat(statement.wmc()).isEqualTo(2);
    assertThat(statement.fieldCount()).isEqualTo(1);
    assertThat(statement.ncss()).isEqualTo(5);
    // the file: every type, imports and package not counted
    assertThat(report.ncss()).isEqualTo(account.ncss());
    assertThat(report.loc()).isEqualTo(22);
  }

  @Test
  void fileNcssIgnoresPackageAndImportsAndFileLocCountsEveryLine() {
    String source = "package a.b;\n\nimport java.util.List;\n\nclass A {\n  List<String> names;\n}\n\n";

    FileReport report = analyzer.analyze("A.java", source);

    assertThat(report.ncss()).isEqualTo(2);
    assertThat(report.loc()).isEqualTo(8);
  }

  @Test
  void recordComponentsAreFieldsAndTheRecordItselfIsNotAStatement() {
    FileReport report = analyzer.analyze("P.java", "record P(int x, int y) {\n  static int ORIGIN = 0;\n}\n");

    TypeReport point = report.types().get(0);
    assertThat(point.fieldCount()).isEqualTo(3);
    // as in PMD: the record declaration counts 0, its static field 1
    assertThat(point.ncss()).isEqualTo(1);
  }

  @Test
  void parsesModernJavaAtTheDefaultLanguageLevel() {
    String source =
        """
        sealed interface Shape permits Square, Circle {}
        record Square(double side) implements Shape {}
        record Circle(double radius) implements Shape {}
        record Pair(Object left, Object right) {}

        class Modern {
          String describe(Object o) {
            return switch (o) {
              case Square s when s.side() > 10 -> "big square";
              case Square s -> "square";
              case Pair(Square a, Circle b) -> "pair";
              case null -> "nothing";
              default -> {
                String text = \"""
                    a text block
                    \""";
                yield text.strip();
              }
            };
          }
        }
        """;

    FileReport report = analyzer.analyze("Modern.java", source);

    assertThat(report.error()).isNull();
    MethodMetrics describe = report.types().get(4).methods().get(0).metrics();
    // 1 + 4 non-default labels (patterns count 1 each, our deliberate difference from PMD)
    assertThat(describe.cyclomatic()).isEqualTo(5);
    // a switch expression returned: one path per label (the guard adds none, as in PMD)
    assertThat(describe.npath()).isEqualTo(5);
  }

  @Test
  void languageLevelIsConfigurable() {
    String recordPattern = "class A { boolean m(Object o) { return o instanceof P(int x); } record P(int x) {} }";

    assertThat(new MetricsAnalyzer(21).analyze("A.java", recordPattern).parsed()).isTrue();
    FileReport at17 = new MetricsAnalyzer(17).analyze("A.java", recordPattern);
    assertThat(at17.parsed()).isFalse();
    assertThat(at17.error().message()).contains("Record patterns");
  }

  @Test
  void anUnknownJavaVersionIsRejectedWithTheRangeTheParserKnows() {
    assertThatThrownBy(() -> new MetricsAnalyzer(99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unsupported Java version 99: the Java parser knows releases 5 to ")
        .hasMessageContaining("for example 17 or 21");
    assertThatThrownBy(() -> new MetricsAnalyzer(1))
        .hasMessageStartingWith("Unsupported Java version 1: ");
    assertThat(new MetricsAnalyzer(8).analyze("A.java", "class A {}").parsed()).isTrue();
  }

  @Test
  void aCharacterTheLexerRejectsIsPlacedOnItsLineAndColumn() {
    // What a file read in the wrong encoding often holds: a character no Java token can start with.
    String broken = "class A {\n  void m() {\n    int x = 1;\n    int y = x # 2;\n  }\n}\n";

    FileReport report = analyzer.analyze("A.java", broken);

    assertThat(report.parsed()).isFalse();
    assertThat(report.error().message()).startsWith("Lexical error");
    assertThat(report.error().line()).isEqualTo(4);
    assertThat(report.error().column()).isEqualTo(15);
  }

  @Test
  void aFileThatDoesNotParseGetsAnErrorWithPositionAndMessageAndKeepsItsLines() {
    String broken = "class A {\n  void m() {\n    int x = ;\n  }\n}\n";

    FileReport report = analyzer.analyze("A.java", broken);

    assertThat(report.parsed()).isFalse();
    assertThat(report.types()).isEmpty();
    assertThat(report.loc()).isEqualTo(5);
    assertThat(report.error().line()).isEqualTo(3);
    assertThat(report.error().column()).isPositive();
    assertThat(report.error().message()).startsWith("Parse error.").doesNotContain("\n");
  }

  @Test
  void aBrokenFileDoesNotStopTheNextOne() {
    List<FileReport> reports =
        List.of(
            analyzer.analyze("Broken.java", "class Broken {"),
            analyzer.analyze("Fine.java", "class Fine { void m() { if (true) {} } }"));

    assertThat(reports).extracting(FileReport::parsed).containsExactly(false, true);
    assertThat(reports.get(1).types().get(0).methods().get(0).metrics().cyclomatic()).isEqualTo(2);
  }

  @Test
  void codeNestedBeyondTheStackIsReportedNotThrown() throws InterruptedException {
    String terms = String.join(" + ", java.util.Collections.nCopies(20_000, "\"x\""));
    String generated = "class Generated {\n  String s = " + terms + ";\n}\n";
    FileReport[] report = new FileReport[1];
    // a small, explicit stack makes the overflow certain whatever the JVM's default
    Thread thread = new Thread(null, () -> report[0] = analyzer.analyze("Generated.java", generated), "small-stack", 256 * 1024);
    thread.start();
    thread.join();

    assertThat(report[0].parsed()).isFalse();
    assertThat(report[0].loc()).isEqualTo(3);
    assertThat(report[0].error().message()).contains("nested too deeply").contains("-Xss");
  }

  @Test
  void declarationLinesStartAtTheFirstAnnotationNotTheJavadoc() {
    String source =
        """
        class A {
          /** Javadoc. */
          @Deprecated
          public void m() {
          }
        }
        """;

    MethodReport method = analyzer.analyze("A.java", source).types().get(0).methods().get(0);

    assertThat(method.line()).isEqualTo(3);
    assertThat(method.endLine()).isEqualTo(5);
    assertThat(method.metrics().loc()).isEqualTo(3);
  }
}

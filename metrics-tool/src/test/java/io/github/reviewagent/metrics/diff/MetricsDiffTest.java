package io.github.reviewagent.metrics.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import io.github.reviewagent.metrics.diff.MethodChange.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsDiffTest {

  private final MetricsDiff diff = new MetricsDiff(new MetricsAnalyzer());

  private static final String BASE = """
      class A {
        int kept(int a) {
          return a;
        }

        int grown(int a) {
          return a;
        }

        void gone() {}

        class Inner {
          void reformatted(String s) { System.out.println(s); }
        }
      }
      """;

  private static final String HEAD = """
      class A {
        int kept(int a) {
          return a;
        }

        // now checks the sign
        int grown(int a) {
          if (a > 0) {
            return a;
          }
          return -a;
        }

        class Inner {
          /** Prints. */
          void reformatted(String s) {
            System.out.println(s); // same call
          }
        }

        void born() {}
      }
      """;

  @Test
  void matchesMethodsByTypeAndSignature() {
    FileDiff result = diff.compare("A.java", BASE, HEAD);

    assertThat(result.comparable()).isTrue();
    assertThat(result.methods())
        .extracting(MethodChange::type, MethodChange::signature, MethodChange::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "kept(int)", Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("A", "grown(int)", Change.MODIFIED),
            org.assertj.core.groups.Tuple.tuple("A.Inner", "reformatted(String)", Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("A", "born()", Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("A", "gone()", Change.REMOVED));
    assertThat(result.changed()).extracting(MethodChange::signature).containsExactly("grown(int)", "born()", "gone()");
  }

  @Test
  void carriesBothSidesAndTheirLines() {
    FileDiff result = diff.compare("A.java", BASE, HEAD);
    MethodChange grown = result.methods().get(1);
    assertThat(grown.base().line()).isEqualTo(6);
    assertThat(grown.head().line()).isEqualTo(7);
    assertThat(grown.head().endLine()).isEqualTo(12);
    assertThat(grown.latest()).isSameAs(grown.head());

    MethodChange born = result.methods().get(3);
    assertThat(born.base()).isNull();
    assertThat(born.delta()).isEmpty();
    MethodChange gone = result.methods().get(4);
    assertThat(gone.head()).isNull();
    assertThat(gone.latest()).isSameAs(gone.base());
    assertThat(gone.delta()).isEmpty();
  }

  @Test
  void deltaIsHeadMinusBase() {
    MethodChange grown = diff.compare("A.java", BASE, HEAD).methods().get(1);

    // Counted by hand: `return a;` became `if (a > 0) { return a; } return -a;`
    // cyclomatic 1 -> 2 (the if); cognitive 0 -> 1 (the if, not nested); npath 1 -> 2 (if: 1 + 1 + 0);
    // ncss 2 -> 4 (declaration, if, two returns); loc 3 -> 6; nesting 0 -> 1; parameters unchanged.
    assertThat(grown.delta()).contains(new MetricsDelta(1, 1, 1, 2, 3, 1, 0));
    assertThat(grown.delta().orElseThrow().isZero()).isFalse();
  }

  @Test
  void aTokenChangeThatMovesNoMetricIsStillModified() {
    String base = "class A { int f(int a) { return a + 1; } }";
    String head = "class A { int f(int a) { return a + 2; } }";
    MethodChange f = diff.compare("A.java", base, head).methods().get(0);
    assertThat(f.change()).isEqualTo(Change.MODIFIED);
    assertThat(f.delta().orElseThrow().isZero()).isTrue();
  }

  @Test
  void aChangedAnnotationOrModifierIsAModification() {
    String base = "class A {\n  void f() {}\n}";
    String head = "class A {\n  @Override\n  public void f() {}\n}";
    assertThat(diff.compare("A.java", base, head).methods().get(0).change()).isEqualTo(Change.MODIFIED);
  }

  @Test
  void repeatedKeysAreMatchedInSourceOrder() {
    // Two anonymous classes each with run(): the second one changed.
    String base = """
        class A {
          Runnable a = new Runnable() { public void run() { x(); } };
          Runnable b = new Runnable() { public void run() { y(); } };
        }
        """;
    String head = base.replace("y();", "z();");
    List<MethodChange> methods = diff.compare("A.java", base, head).methods();
    assertThat(methods).extracting(MethodChange::type, MethodChange::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A$1", Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("A$2", Change.MODIFIED));
  }

  @Test
  void anAnonymousClassInsertedBeforeAnotherLeavesTheOtherUnchanged() {
    // javac numbers anonymous classes in source order, so the old one is A$2 in the head: matching by the
    // name alone paired the new class with the old one and reported the old one as added.
    String base = """
        class A {
          void f() {
            Runnable r = new Runnable() { public void run() { System.out.println(1); } };
          }
        }
        """;
    String head = """
        class A {
          void f() {
            Runnable n = new Runnable() { public void run() { if (ready()) { go(); } } };
            Runnable r = new Runnable() { public void run() { System.out.println(1); } };
          }
        }
        """;
    List<MethodChange> methods = diff.compare("A.java", base, head).methods();
    assertThat(methods).extracting(MethodChange::type, MethodChange::signature, MethodChange::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "f()", Change.MODIFIED),
            org.assertj.core.groups.Tuple.tuple("A$1", "run()", Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("A$2", "run()", Change.UNCHANGED));
    assertThat(methods.get(2).base().line()).isEqualTo(3);
    assertThat(methods.get(2).head().line()).isEqualTo(4);
  }

  @Test
  void aLocalClassRenumberedByAnEarlierOneIsStillMatched() {
    String base = """
        class A {
          void g() { class Helper { int h(int x) { return x; } } }
        }
        """;
    String head = """
        class A {
          void f() { class Helper { int h(int x) { return -x; } } }
          void g() { class Helper { int h(int x) { return x; } } }
        }
        """;
    List<MethodChange> methods = diff.compare("A.java", base, head).methods();
    assertThat(methods).extracting(MethodChange::type, MethodChange::signature, MethodChange::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "f()", Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("A$1Helper", "h(int)", Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("A", "g()", Change.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("A$2Helper", "h(int)", Change.UNCHANGED));
  }

  @Test
  void aParameterTypeWrittenWithOrWithoutItsPackageIsTheSameMethod() {
    String base = "import java.util.List;\nclass A {\n  int f(java.util.Map.Entry<String, Integer> e, List<String> l) { return 0; }\n}\n";
    String head = "import java.util.*;\nclass A {\n  int f(Map.Entry<String, Integer> e, java.util.List<String> l) { return 0; }\n}\n";
    List<MethodChange> methods = diff.compare("A.java", base, head).methods();
    assertThat(methods).extracting(MethodChange::signature, MethodChange::change)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("f(Map.Entry,java.util.List)", Change.MODIFIED));
  }

  @Test
  void anEmptyBaseMeansANewFileAndAnEmptyHeadADeletedOne() {
    assertThat(diff.compare("A.java", "", BASE).methods()).extracting(MethodChange::change).containsOnly(Change.ADDED).hasSize(4);
    assertThat(diff.compare("A.java", BASE, "").methods()).extracting(MethodChange::change).containsOnly(Change.REMOVED).hasSize(4);
  }

  @Test
  void aVersionThatDoesNotParseGivesNoInventedChanges() {
    FileDiff brokenBase = diff.compare("A.java", "class A { void f( }", HEAD);
    assertThat(brokenBase.comparable()).isFalse();
    assertThat(brokenBase.methods()).isEmpty();
    assertThat(brokenBase.base().error().line()).isEqualTo(1);
    assertThat(brokenBase.head().parsed()).isTrue();
    assertThat(brokenBase.head().types()).isNotEmpty();

    FileDiff brokenHead = diff.compare("A.java", BASE, "class A {\n  void f() {\n");
    assertThat(brokenHead.comparable()).isFalse();
    assertThat(brokenHead.methods()).isEmpty();
    assertThat(brokenHead.head().error()).isNotNull();
    assertThat(brokenHead.base().parsed()).isTrue();
  }

  @Test
  void theWarmUpComparesASampleThatParsesAndMovesEveryKindOfMetric() {
    FileDiff sample = diff.compare("Warm.java", MetricsDiff.WARM_UP_BASE, MetricsDiff.WARM_UP_HEAD);

    assertThat(sample.comparable()).isTrue();
    assertThat(sample.methods()).hasSize(3);
    MethodChange score = sample.changed().get(0);
    assertThat(sample.changed()).hasSize(1);
    assertThat(score.head().name()).isEqualTo("score");
    MetricsDelta delta = score.delta().orElseThrow();
    assertThat(List.<Long>of((long) delta.cyclomatic(), (long) delta.cognitive(), delta.npath(), (long) delta.ncss(),
            (long) delta.maxNesting()))
        .allMatch(moved -> moved > 0);
    diff.warmUp();
  }
}

package io.github.reviewagent.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSelectorTest {

  @TempDir Path dir;

  private Path write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class X {}");
    return Paths.canonical(file);
  }

  static ModuleSources module(Path basedir, List<String> includes, List<String> excludes, String... roots) {
    return new ModuleSources(
        basedir.getFileName().toString(),
        basedir,
        java.util.Arrays.stream(roots).map(basedir::resolve).toList(),
        includes,
        excludes);
  }

  @Test
  void nestedModulesCountEachFileOnceByItsOwnModulesRules() throws IOException {
    Path parentMain = write("src/main/java/p/Parent.java");
    Path childMain = write("child/src/main/java/c/Child.java");
    Path childTest = write("child/src/test/java/c/ChildTest.java");
    Path childOther = write("child/other/c/Stray.java");
    // The parent's source root is its whole base directory, which contains the child's.
    ModuleSources parent = module(dir, List.of("**/*.java"), List.of(), ".");
    ModuleSources child =
        module(dir.resolve("child"), List.of("**/*.java"), List.of("src/test/**"), "src/main/java", "src/test/java");

    SourceSelector selector = new SourceSelector(List.of(parent, child));

    assertThat(selector.all()).containsExactly(childMain, parentMain);
    assertThat(selector.accepts(childTest)).as("excluded by the child, whatever the parent says").isFalse();
    assertThat(selector.accepts(childOther)).as("in the child but under none of its roots").isFalse();
  }

  @Test
  void aSourceRootOutsideItsModulesBaseDirectoryIsReviewedByThatModulesRules() throws IOException {
    // As build-helper-maven-plugin's add-source of ../shared/src/main/java gives.
    Path shared = write("shared/src/main/java/s/Shared.java");
    Path generated = write("shared/src/main/java/gen/Generated.java");
    Path app = write("app/src/main/java/a/App.java");
    ModuleSources parent = module(dir, List.of("**/*.java"), List.of(), "src/main/java");
    ModuleSources module =
        module(dir.resolve("app"), List.of("**/*.java"), List.of("**/gen/**"), "src/main/java", "../shared/src/main/java");

    SourceSelector selector = new SourceSelector(List.of(parent, module));

    assertThat(selector.all()).containsExactly(app, shared);
    assertThat(selector.accepts(shared)).isTrue();
    assertThat(selector.excluded(generated)).isTrue();
  }

  @Test
  void includesAreRelativeToTheModuleAndOnlyJavaFilesCount() throws IOException {
    Path api = write("src/main/java/api/Api.java");
    Path impl = write("src/main/java/impl/Impl.java");
    Path text = write("src/main/java/api/notes.txt");
    SourceSelector selector =
        new SourceSelector(List.of(module(dir, List.of("src/main/java/api/**"), List.of(), "src/main/java")));

    assertThat(selector.all()).containsExactly(api);
    assertThat(selector.accepts(impl)).isFalse();
    assertThat(selector.accepts(text)).isFalse();
  }

  @Test
  void aMissingSourceRootIsNoError() throws IOException {
    SourceSelector selector = new SourceSelector(List.of(module(dir, List.of("**/*.java"), List.of(), "src/main/java")));

    assertThat(selector.all()).isEmpty();
  }

  @Test
  void whatTheUserExcludedIsExcludedFromTheModelToo() throws IOException {
    Path secret = write("app/src/main/java/a/internal/Keys.java");
    Path outsideIncludes = write("app/tools/Gen.java");
    Path excludedResource = write("app/src/main/resources/internal/keys.properties");
    Path pom = write("app/pom.xml");
    Path elsewhere = write("scripts/Build.java");
    SourceSelector selector =
        new SourceSelector(List.of(module(dir.resolve("app"), List.of("src/**/*.java"), List.of("**/internal/**"), "src/main/java")));

    assertThat(selector.excluded(secret)).as("matches the excludes").isTrue();
    assertThat(selector.excluded(outsideIncludes)).as("a Java file outside the includes").isTrue();
    assertThat(selector.excluded(excludedResource)).as("any file the excludes match").isTrue();
    assertThat(selector.excluded(pom)).as("other files only by the excludes").isFalse();
    assertThat(selector.excluded(elsewhere)).as("outside every module").isFalse();
  }
}

package io.github.reviewagent.metrics.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfinedPathsTest {

  @TempDir Path root;

  @Test
  void aRelativePathLosesItsDotAndEmptySegments() throws Exception {
    ConfinedPaths paths = new ConfinedPaths(root, "repository");

    assertThat(paths.relative(" ./src//main/./A.java ")).isEqualTo("src/main/A.java");
    assertThat(paths.resolve("src/main/A.java")).isEqualTo(root.toAbsolutePath().normalize().resolve("src/main/A.java"));
  }

  @Test
  void pathsThatCouldLeaveTheTreeAreRefusedInTheTreesWords() {
    ConfinedPaths paths = new ConfinedPaths(root, "repository");

    assertThatThrownBy(() -> paths.relative("/etc/passwd")).isInstanceOf(ToolError.class)
        .hasMessage("path \"/etc/passwd\" is absolute: give it relative to the repository root, e.g. src/main/java/a/B.java");
    assertThatThrownBy(() -> paths.relative("src/../../x.java")).hasMessageStartingWith("path \"src/../../x.java\" contains ..: ");
    assertThatThrownBy(() -> paths.relative("src\\A.java")).hasMessageContaining("use / as the separator");
    assertThatThrownBy(() -> paths.relative(" ")).hasMessageStartingWith("path is empty: ");
    assertThatThrownBy(() -> paths.relative("./")).hasMessage("path \"./\" names the repository root, not a file: name a file in it");
  }

  @Test
  void aSymbolicLinkOutOfTheTreeIsRefusedAndOneInsideIsFollowed(@TempDir Path outside) throws Exception {
    ConfinedPaths paths = new ConfinedPaths(root, "project");
    Files.writeString(outside.resolve("Secret.java"), "class Secret {}");
    Files.createSymbolicLink(root.resolve("Out.java"), outside.resolve("Secret.java"));
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("src/In.java"), "class In {}");
    Files.createSymbolicLink(root.resolve("Alias.java"), root.resolve("src/In.java"));

    assertThatThrownBy(() -> paths.real(paths.resolve("Out.java"), "Out.java"))
        .hasMessage("\"Out.java\" leads outside the project through a symbolic link: only files inside the project can be read");
    assertThat(paths.real(paths.resolve("Alias.java"), "Alias.java").relative()).isEqualTo("src/In.java");
  }

  @Test
  void suggestsFilesWithTheSameNameThatTheCallerAccepts() throws Exception {
    ConfinedPaths paths = new ConfinedPaths(root, "project");
    for (String file : new String[] {"a/Parser.java", "b/c/Parser.java", "target/Parser.java", ".hidden/Parser.java"}) {
      Files.createDirectories(root.resolve(file).getParent());
      Files.writeString(root.resolve(file), "class Parser {}");
    }

    assertThat(paths.suggestions(Path.of("Parser.java"), any -> true))
        .isEqualTo("; files with that name: a/Parser.java, b/c/Parser.java");
    assertThat(paths.suggestions(Path.of("Parser.java"), path -> !path.startsWith("a/")))
        .isEqualTo("; files with that name: b/c/Parser.java");
    assertThat(paths.suggestions(Path.of("Nowhere.java"), any -> true))
        .isEqualTo(": check the path, relative to the project root");
  }
}

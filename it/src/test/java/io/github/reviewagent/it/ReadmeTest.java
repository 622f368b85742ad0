package io.github.reviewagent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's promises about itself: CI runs exactly the test command its Quick start gives. */
class ReadmeTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void ciRunsTheQuickStartsTestCommand() throws IOException {
    List<String> blocks = quickStartBashBlocks(Files.readString(ROOT.resolve("README.md")));
    assertThat(blocks).as("the Quick start's first two bash blocks: the main job, then the test suite").hasSizeGreaterThanOrEqualTo(2);

    List<String> commands =
        Files.readAllLines(ROOT.resolve(".ci/run")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "))
            .toList();
    assertThat(commands).containsExactly(blocks.get(1));
  }

  @Test
  void theMainJobRunsTheDemoProfileThatTheQuickstartItChecks() throws IOException {
    String mainJob = quickStartBashBlocks(Files.readString(ROOT.resolve("README.md"))).get(0);

    assertThat(mainJob).startsWith("./mvnw ").contains("-Pdemo").doesNotContain("\n");
    assertThat(Files.readString(ROOT.resolve("it/pom.xml"))).contains("<id>demo</id>");
  }

  private static List<String> quickStartBashBlocks(String readme) {
    int start = readme.indexOf("\n## Quick start\n");
    assertThat(start).as("README.md has a section '## Quick start'").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> blocks = new ArrayList<>();
    int open = section.indexOf("```bash\n");
    while (open >= 0) {
      int close = section.indexOf("\n```", open);
      blocks.add(section.substring(open + "```bash\n".length(), close).strip());
      open = section.indexOf("```bash\n", close + 4);
    }
    return blocks;
  }
}

package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

  @TempDir Path directory;

  private static final List<ProposedFinding> FINDINGS =
      List.of(new ProposedFinding("major", "bug", "A.java", 3, 4, "Off by one.", null, "i <= n"));

  @Test
  void storesAndReadsBack() {
    ResultCache cache = new ResultCache(directory.resolve("nested/cache"));
    String key = ResultCache.key("m", "chat", "instructions", "[]", "unit");

    assertThat(cache.get(key)).isEmpty();
    assertThat(cache.put(key, FINDINGS)).isTrue();
    assertThat(cache.get(key)).hasValue(FINDINGS);
    try (var files = Files.list(directory.resolve("nested/cache"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(key + ".json");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theKeyDependsOnEveryInput() {
    String key = ResultCache.key("m", "chat", "i", "t", "u");
    assertThat(List.of(
            ResultCache.key("m2", "chat", "i", "t", "u"),
            ResultCache.key("m", "responses", "i", "t", "u"),
            ResultCache.key("m", "chat", "i2", "t", "u"),
            ResultCache.key("m", "chat", "i", "t2", "u"),
            ResultCache.key("m", "chat", "i", "t", "u2"),
            ResultCache.key("m", "chat", "i", "tu", "")))
        .doesNotContain(key)
        .doesNotHaveDuplicates();
    assertThat(key).matches("[0-9a-f]{64}");
  }

  @Test
  void corruptEntriesAreIgnored() throws Exception {
    ResultCache cache = new ResultCache(directory);
    for (String content : List.of("{not json", "{\"schemaVersion\": 2, \"findings\": []}", "{\"schemaVersion\": 1}",
        "{\"schemaVersion\": 1, \"findings\": [null]}", "{\"schemaVersion\": 1, \"findings\": [{\"startLine\": \"many\"}]}", "")) {
      Files.writeString(directory.resolve("k.json"), content);
      assertThat(cache.get("k")).as(content).isEmpty();
    }
    assertThat(cache.put("k", FINDINGS)).isTrue();
    assertThat(cache.get("k")).hasValue(FINDINGS);
  }

  @Test
  void anUnwritableDirectoryOnlyCostsTheCache() throws Exception {
    Path blocked = Files.writeString(directory.resolve("a-file"), "x");
    ResultCache cache = new ResultCache(blocked.resolve("cache"));
    assertThat(cache.put("k", FINDINGS)).isFalse();
    assertThat(cache.get("k")).isEmpty();
  }

  @Test
  void withoutADirectoryNothingIsCached() {
    ResultCache cache = new ResultCache(null);
    assertThat(cache.put("k", FINDINGS)).isTrue();
    assertThat(cache.get("k")).isEmpty();
  }
}

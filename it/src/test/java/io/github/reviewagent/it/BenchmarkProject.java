package io.github.reviewagent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated reactor for the benchmark: {@code modules} jar modules under a pom root, {@code files} Java sources
 * spread over them (about 90 lines and six methods each, of everyday complexity), with the review plugin declared
 * in the root POM. {@link #change()} edits every source: one method of each gets a little more complex, and every
 * tenth file gets a new method above the cognitive-complexity threshold.
 */
final class BenchmarkProject {

  private final Path root;
  private final int modules;
  private final int files;

  private BenchmarkProject(Path root, int modules, int files) {
    this.root = root;
    this.modules = modules;
    this.files = files;
  }

  /** Writes the project into {@code root}, which must not exist yet. */
  static BenchmarkProject generate(Path root, int modules, int files) {
    BenchmarkProject project = new BenchmarkProject(root, modules, files);
    try {
      Files.createDirectories(root);
      project.writePoms();
      for (int n = 0; n < files; n++) {
        project.write(project.path(n), project.source(n, false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return project;
  }

  /** Changes every source file. */
  void change() {
    try {
      for (int n = 0; n < files; n++) {
        write(path(n), source(n, true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String module(int m) {
    return String.format("module-%02d", m);
  }

  private String path(int n) {
    int m = n % modules;
    return module(m) + "/src/main/java/com/example/m" + m + "/Service" + n + ".java";
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void writePoms() throws IOException {
    StringBuilder moduleList = new StringBuilder();
    for (int m = 0; m < modules; m++) {
      moduleList.append("    <module>").append(module(m)).append("</module>\n");
      write(module(m) + "/pom.xml", """
          <?xml version="1.0" encoding="UTF-8"?>
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <parent>
              <groupId>com.example.bench</groupId>
              <artifactId>bench</artifactId>
              <version>1.0</version>
            </parent>
            <artifactId>%s</artifactId>
          </project>
          """.formatted(module(m)));
    }
    write("pom.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example.bench</groupId>
          <artifactId>bench</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>
          <modules>
        %s  </modules>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <build>
            <plugins>
              <plugin>
                <groupId>io.github.reviewagent</groupId>
                <artifactId>review-maven-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(moduleList, ItEnvironment.pluginVersion()));
  }

  private String source(int n, boolean changed) {
    String extraCondition = changed ? " && limit > " + (n % 7) : "";
    String newMethod = changed && n % 10 == 0 ? """

          /** Added by the change: complex enough to be reported. */
          public int classify(int[] values, boolean strict, int limit) {
            int result = 0;
            for (int value : values) {
              if (value < 0) {
                if (strict && limit > 0) {
                  result -= value;
                } else if (limit < 0 || strict) {
                  result += value;
                } else {
                  for (int i = 0; i < limit; i++) {
                    if (i % 2 == 0) {
                      result++;
                    }
                  }
                }
              } else if (value > limit) {
                result += strict ? 2 : 1;
              }
            }
            return result;
          }
        """ : "";
    return """
        package com.example.m%1$d;

        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;

        /** Generated service %2$d. */
        public class Service%2$d {

          private final Map<String, Integer> weights;

          public Service%2$d(Map<String, Integer> weights) {
            this.weights = weights;
          }

          /** A score of the values. */
          public int score(int[] values, boolean strict, int limit) {
            int score = 0;
            for (int value : values) {
              if (value > limit%3$s) {
                score += strict ? value * 2 : value;
              } else if (value < 0) {
                score -= 1;
              }
            }
            return score;
          }

          public String label(String name) {
            if (name == null || name.isBlank()) {
              return "unnamed-%2$d";
            }
            return name.strip() + "-%2$d";
          }

          public long total(List<Long> amounts) {
            long total = 0;
            for (Long amount : amounts) {
              if (amount != null) {
                total += amount;
              }
            }
            return total;
          }

          public List<String> heavy(List<String> names) {
            List<String> heavy = new ArrayList<>();
            for (String name : names) {
              Integer weight = weights.get(name);
              if (weight != null && weight > %2$d) {
                heavy.add(name);
              }
            }
            return heavy;
          }

          public int weight(String name) {
            return weights.getOrDefault(name, 0);
          }
        %4$s}
        """.formatted(n % modules, n, extraCondition, newMethod);
  }
}

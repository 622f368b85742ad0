import io.github.reviewagent.metrics.MetricsAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's baseline: JavaParser alone, with the metrics' own parser configuration, parsing every
 * .java file of a tree on one thread, read the way the CLI reads them. Prints the files parsed.
 */
public final class ParseOnly {

  public static void main(String[] args) throws IOException {
    MetricsAnalyzer analyzer = new MetricsAnalyzer();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    int parsed = 0;
    for (Path file : files) {
      if (analyzer.parses(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))) {
        parsed++;
      }
    }
    System.out.println(parsed + " of " + files.size() + " files parsed");
  }
}

package io.github.reviewagent.metrics.cli;

import io.github.reviewagent.metrics.MetricsAnalyzer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed command line.
 *
 * @param format      how results are written
 * @param threads     files parsed at the same time
 * @param javaVersion the Java release whose syntax is accepted
 * @param encoding    the character set the source files are read in
 * @param paths       the PATH arguments as given
 * @param help        print the usage and stop
 * @param version     print the version and stop
 */
record CliOptions(
    Format format, int threads, int javaVersion, Charset encoding, List<String> paths, boolean help, boolean version) {

  CliOptions {
    paths = List.copyOf(paths);
  }

  /** Output formats. */
  enum Format {
    JSON,
    TEXT
  }

  static CliOptions parse(List<String> args) throws UsageException {
    Format format = Format.JSON;
    int threads = Runtime.getRuntime().availableProcessors();
    int javaVersion = MetricsAnalyzer.DEFAULT_JAVA_VERSION;
    Charset encoding = StandardCharsets.UTF_8;
    List<String> paths = new ArrayList<>();
    boolean help = false;
    boolean version = false;
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        paths.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--" -> optionsEnded = true;
        case "-h", "--help" -> help = true;
        case "--version" -> version = true;
        case "--format" -> {
          value = value != null ? value : next(args, ++i, name);
          try {
            format = Format.valueOf(value.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be json or text, not '" + value + "'");
          }
        }
        case "--threads" -> threads = positive(value != null ? value : next(args, ++i, name), name, 1024);
        case "--java-version" -> javaVersion = javaVersion(value != null ? value : next(args, ++i, name));
        case "--encoding" -> encoding = encoding(value != null ? value : next(args, ++i, name));
        default -> throw new UsageException("unknown option " + name);
      }
    }
    if (!help && !version && paths.isEmpty()) {
      throw new UsageException("no PATH given: name .java files or directories to measure");
    }
    return new CliOptions(format, threads, javaVersion, encoding, paths, help, version);
  }

  private static String next(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int positive(String value, String option, int max) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    throw new UsageException(option + " needs a whole number from 1 to " + max + ", not '" + value + "'");
  }

  private static Charset encoding(String value) throws UsageException {
    try {
      return Charset.forName(value.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--encoding: '" + value + "' is not a character set this Java knows, e.g. UTF-8,"
          + " ISO-8859-1, windows-1252, GBK");
    }
  }

  private static int javaVersion(String value) throws UsageException {
    int version = positive(value, "--java-version", Integer.MAX_VALUE);
    try {
      new MetricsAnalyzer(version);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--java-version: " + e.getMessage());
    }
    return version;
  }
}

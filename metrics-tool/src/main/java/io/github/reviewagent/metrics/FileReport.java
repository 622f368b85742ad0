package io.github.reviewagent.metrics;

import java.util.List;

/**
 * The metrics of one source file. A file that does not parse has an {@link #error()} and no types.
 *
 * @param path  the path as the caller named it
 * @param error null when the file parsed
 * @param ncss  NCSS of the whole compilation unit (imports not counted)
 * @param loc   lines in the file
 * @param types every type declared in the file, nested, local and anonymous ones included, in source order
 */
public record FileReport(String path, ParseProblem error, int ncss, int loc, List<TypeReport> types) {

  public FileReport {
    types = List.copyOf(types);
  }

  public static FileReport failed(String path, ParseProblem error, int loc) {
    return new FileReport(path, error, 0, loc, List.of());
  }

  public boolean parsed() {
    return error == null;
  }
}

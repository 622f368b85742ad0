package io.github.reviewagent.metrics.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/** Runs the CLI in-process: {@code ToolProvider.findFirst("metrics-tool")}. */
public final class MetricsToolProvider implements ToolProvider {

  @Override
  public String name() {
    return "metrics-tool";
  }

  @Override
  public int run(PrintWriter out, PrintWriter err, String... args) {
    return new Main(out, err).run(List.of(args));
  }
}

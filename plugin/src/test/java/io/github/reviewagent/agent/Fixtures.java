package io.github.reviewagent.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.agent.tools.AgentTool;
import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Test data: Java sources, files under review, settings, tools. */
final class Fixtures {

  static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** A class with {@code methods} methods of {@code bodyLines} statements each; method i starts at line 3 + i * (bodyLines + 3). */
  static String javaClass(String name, int methods, int bodyLines) {
    StringBuilder out = new StringBuilder("package demo;\n\npublic class " + name + " {\n");
    for (int m = 0; m < methods; m++) {
      out.append("  int method").append(m).append("(int x) {\n");
      for (int s = 0; s < bodyLines; s++) {
        out.append("    x = x * 31 + ").append(m * 1000 + s).append("; // step ").append(s).append(" of method ").append(m).append('\n');
      }
      out.append("    return x;\n  }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  static FileUnderReview file(String path, String text, ReviewedFile.Status status, LineRange... changed) {
    return new FileUnderReview(new ReviewedFile(path, null, status, Arrays.asList(changed), List.of(), null), text, null, null);
  }

  static FileUnderReview modified(String path, String text, LineRange... changed) {
    return file(path, text, ReviewedFile.Status.MODIFIED, changed);
  }

  static FileUnderReview withMethods(FileUnderReview file, List<MethodChange> methods) {
    ReviewedFile f = file.file();
    return new FileUnderReview(
        new ReviewedFile(f.path(), f.previousPath(), f.status(), f.changedLines(), methods, f.parseError()), file.text(), file.baseText(), file.measured());
  }

  static MethodChange method(String name, int line, int endLine, MethodMetrics head, MethodMetrics base) {
    MethodReport headReport = new MethodReport(name, name + "()", MethodReport.Kind.METHOD, line, endLine, head);
    MethodReport baseReport = base == null ? null : new MethodReport(name, name + "()", MethodReport.Kind.METHOD, line, endLine, base);
    return new MethodChange("demo.A", name + "()", base == null ? MethodChange.Change.ADDED : MethodChange.Change.MODIFIED, baseReport, headReport);
  }

  static MethodMetrics metrics(int cyclomatic, int cognitive) {
    return new MethodMetrics(cyclomatic, cognitive, 8, 10, 20, 2, 1);
  }

  static SourceFile source(FileUnderReview file) {
    return SourceFile.of(file, SourceFile.parser(21), 0);
  }

  static ModelReviewSettings settings(Path cache) {
    return new ModelReviewSettings("test-model", 6_000, 4, 3, 4, Duration.ofSeconds(20), 0, Duration.ofMinutes(5), 0, true, cache, 21);
  }

  static ObjectNode schema(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A tool answering with a function of its arguments. */
  static AgentTool tool(String name, String schemaJson, ToolBody body) {
    ObjectNode schema = schema(schemaJson);
    return new AgentTool() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "test tool " + name;
      }

      @Override
      public ObjectNode parameters() {
        return schema;
      }

      @Override
      public String call(String argumentsJson) throws Exception {
        return body.call(argumentsJson);
      }
    };
  }

  @FunctionalInterface
  interface ToolBody {
    String call(String arguments) throws Exception;
  }

  static final String METRICS_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},\"method\":{\"type\":\"string\"},"
          + "\"code\":{\"type\":\"string\"}},\"additionalProperties\":false}";

  /** Stands in for get_code_metrics until the real tool lands: echoes its arguments. */
  static AgentTool fakeMetricsTool() {
    return tool("get_code_metrics", METRICS_SCHEMA, args -> "{\"measured\":" + args + "}");
  }
}

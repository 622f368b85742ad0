package io.github.reviewagent.metrics.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.reviewagent.metrics.FileReport;
import io.github.reviewagent.metrics.MethodMetrics;
import io.github.reviewagent.metrics.MethodReport;
import io.github.reviewagent.metrics.TypeReport;
import io.github.reviewagent.metrics.diff.FileDiff;
import io.github.reviewagent.metrics.diff.MethodChange;
import io.github.reviewagent.metrics.diff.MetricsDelta;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The tool's answers as compact JSON: models pay per token, so there are no nulls, a delta lists only
 * the metrics that moved, and types without methods are left out.
 */
final class Answers {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Answers() {}

  /** Every selected method of one version, grouped by type; {@code selected} takes the type's name and the method. */
  static ObjectNode plain(ObjectNode answer, FileReport report, BiPredicate<String, MethodReport> selected) {
    ArrayNode types = answer.putArray("types");
    for (TypeReport type : report.types()) {
      List<MethodReport> methods = type.methods().stream().filter(m -> selected.test(type.name(), m)).toList();
      if (methods.isEmpty()) {
        continue;
      }
      ObjectNode t = types.addObject().put("type", type.name()).put("kind", type.kind().id()).put("line", type.line());
      ArrayNode list = t.putArray("methods");
      for (MethodReport m : methods) {
        list.addObject()
            .put("method", m.signature())
            .put("line", m.line())
            .put("endLine", m.endLine())
            .set("metrics", metrics(m.metrics()));
      }
    }
    if (types.isEmpty()) {
      // An empty list alone reads like a failure; the model should know there was nothing to measure.
      String none = "no method or constructor to measure (fields and initializer blocks are not measured)";
      JsonNode note = answer.get("note");
      answer.put("note", note == null ? none : note.textValue() + "; " + none);
    }
    return answer;
  }

  /**
   * The methods a change touched, each with its metrics now, at the base and the delta; unchanged ones
   * only counted unless {@code narrowed} (then listed too, since the model asked for them).
   */
  static ObjectNode diff(ObjectNode answer, FileDiff diff, Predicate<MethodChange> selected, boolean narrowed) {
    ArrayNode list = answer.putArray("methods");
    int unchanged = 0;
    for (MethodChange change : diff.methods()) {
      if (!selected.test(change)) {
        continue;
      }
      if (change.change() == MethodChange.Change.UNCHANGED && !narrowed) {
        unchanged++;
        continue;
      }
      ObjectNode m = list.addObject().put("type", change.type()).put("method", change.signature())
          .put("change", change.change().id());
      if (change.head() != null) {
        m.put("line", change.head().line()).put("endLine", change.head().endLine());
        m.set("metrics", metrics(change.head().metrics()));
      } else {
        m.put("baseLine", change.base().line());
      }
      if (change.base() != null && change.change() != MethodChange.Change.UNCHANGED) {
        m.set("base", metrics(change.base().metrics()));
      }
      change.delta().filter(d -> change.change() == MethodChange.Change.MODIFIED).ifPresent(d -> m.set("delta", delta(d)));
    }
    if (unchanged > 0) {
      answer.put("unchanged", unchanged);
    }
    return answer;
  }

  static ObjectNode metrics(MethodMetrics m) {
    return NODES.objectNode()
        .put("cyclomatic", m.cyclomatic())
        .put("cognitive", m.cognitive())
        .put("npath", m.npath())
        .put("ncss", m.ncss())
        .put("loc", m.loc())
        .put("maxNesting", m.maxNesting())
        .put("parameters", m.parameters());
  }

  private static ObjectNode delta(MetricsDelta d) {
    ObjectNode node = NODES.objectNode();
    putIfMoved(node, "cyclomatic", d.cyclomatic());
    putIfMoved(node, "cognitive", d.cognitive());
    putIfMoved(node, "npath", d.npath());
    putIfMoved(node, "ncss", d.ncss());
    putIfMoved(node, "loc", d.loc());
    putIfMoved(node, "maxNesting", d.maxNesting());
    putIfMoved(node, "parameters", d.parameters());
    return node;
  }

  private static void putIfMoved(ObjectNode node, String name, long value) {
    if (value != 0) {
      node.put(name, value);
    }
  }

  static ObjectNode error(String message) {
    return NODES.objectNode().put("error", message);
  }
}

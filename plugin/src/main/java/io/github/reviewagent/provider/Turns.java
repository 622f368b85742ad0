package io.github.reviewagent.provider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule every protocol shares: after a reply with tool calls, the next turn answers each of them; a turn
 * without pending calls carries no tool outputs. Breaking it is a bug in the caller, so it throws
 * {@link IllegalArgumentException} before anything is sent.
 */
final class Turns {

  private Turns() {}

  /** Tool outputs first, in the order given, then user texts: the order every protocol accepts. */
  static List<InputItem> checked(List<ToolCall> pending, List<InputItem> input) {
    if (input.isEmpty()) {
      throw new IllegalArgumentException("a turn needs a user message or tool outputs");
    }
    Set<String> open = new LinkedHashSet<>();
    pending.forEach(call -> open.add(call.id()));
    List<InputItem> outputs = new ArrayList<>();
    List<InputItem> texts = new ArrayList<>();
    for (InputItem item : input) {
      if (item instanceof InputItem.ToolOutput output) {
        if (!open.remove(output.callId())) {
          throw new IllegalArgumentException("tool output for " + output.callId()
              + ", which is not a call of the previous reply or was answered twice");
        }
        outputs.add(output);
      } else {
        texts.add(item);
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("the previous reply's tool calls " + open + " need outputs in this turn");
    }
    outputs.addAll(texts);
    return outputs;
  }

  /** The calls of a reply that the next turn must answer: none unless it stopped for them. */
  static List<ToolCall> pendingAfter(ModelReply reply) {
    return reply.stop() == ModelReply.StopReason.TOOL_CALLS ? reply.toolCalls() : List.of();
  }
}

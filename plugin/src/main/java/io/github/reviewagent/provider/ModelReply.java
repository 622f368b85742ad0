package io.github.reviewagent.provider;

import io.github.reviewagent.review.Usage;
import java.util.List;

/**
 * The model's reply to one turn.
 *
 * @param text      the assistant's text (the final answer when there are no tool calls), or empty
 * @param toolCalls the tool calls to run before the next turn; several may come in one turn
 * @param stop      why the model stopped
 * @param usage     what this turn cost
 */
public record ModelReply(String text, List<ToolCall> toolCalls, StopReason stop, Usage usage) {

  public ModelReply {
    text = text == null ? "" : text;
    toolCalls = List.copyOf(toolCalls);
  }

  /** Why the model stopped. */
  public enum StopReason {
    /** A complete answer. */
    COMPLETED,
    /** It wants the tool calls answered. */
    TOOL_CALLS,
    /** Cut off by the output token limit. */
    LENGTH,
    /** Withheld by the server's content filter, or refused. */
    CONTENT_FILTER
  }
}

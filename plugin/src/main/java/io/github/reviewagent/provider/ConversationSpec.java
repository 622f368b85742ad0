package io.github.reviewagent.provider;

import java.util.List;

/**
 * What every turn of a conversation is sent with.
 *
 * @param instructions    the system (developer) instructions
 * @param tools           the function tools the model may call
 * @param responseFormat  the JSON schema the final answer must follow (structured outputs), or null
 * @param maxOutputTokens the cap on tokens per reply, or 0 for the server's default
 */
public record ConversationSpec(
    String instructions, List<ToolSpec> tools, ResponseFormat responseFormat, int maxOutputTokens) {

  public ConversationSpec {
    tools = List.copyOf(tools);
  }
}

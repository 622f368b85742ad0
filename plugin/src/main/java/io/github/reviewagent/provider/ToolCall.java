package io.github.reviewagent.provider;

/**
 * A function call the model asked for.
 *
 * @param id        the id the output must answer ({@code call_id} in Responses, {@code tool_call_id} in Chat)
 * @param arguments the arguments as the model wrote them: JSON text, possibly invalid
 */
public record ToolCall(String id, String name, String arguments) {}

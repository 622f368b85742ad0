package io.github.reviewagent.agent.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A function tool the model may call while it reviews a unit. The agent validates the arguments against
 * {@link #parameters()} before it calls, runs calls concurrently, bounds their time, and turns exceptions
 * into error outputs the model can read; implementations therefore only do their work.
 */
public interface AgentTool {

  /** The function name the model calls, {@code [a-zA-Z0-9_-]{1,64}}. */
  String name();

  /** What the tool does and when to call it, for the model. */
  String description();

  /** The JSON schema of the arguments object. */
  ObjectNode parameters();

  /**
   * What shapes the tool's answers besides its definition and the code under review (the team's guidelines,
   * say), as a short fingerprint that changes with it: it is part of the model result cache's key, so an edit
   * to it is not answered from the cache. Empty when nothing else does.
   */
  default String fingerprint() {
    return "";
  }

  /**
   * Runs the tool. Must be thread-safe: calls of one turn run concurrently.
   *
   * @param argumentsJson a JSON object already checked against {@link #parameters()}
   * @return the output the model reads, usually JSON
   * @throws Exception any failure; the model is told what went wrong and may try again
   */
  String call(String argumentsJson) throws Exception;
}

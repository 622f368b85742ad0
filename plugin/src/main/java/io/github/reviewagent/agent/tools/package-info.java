/**
 * The function tools the model may call: {@link io.github.reviewagent.agent.tools.AgentTool} and its
 * implementations.
 */
package io.github.reviewagent.agent.tools;

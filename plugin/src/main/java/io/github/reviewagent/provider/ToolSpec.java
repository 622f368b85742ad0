package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A function tool as the model sees it.
 *
 * @param parameters the JSON schema of the arguments object
 */
public record ToolSpec(String name, String description, ObjectNode parameters) {}

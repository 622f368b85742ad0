package io.github.reviewagent.provider;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON schema for the model's final answer (structured outputs).
 *
 * @param name   the schema's name, {@code [a-zA-Z0-9_-]{1,64}}
 * @param schema the JSON schema
 * @param strict whether the server must follow it exactly
 */
public record ResponseFormat(String name, ObjectNode schema, boolean strict) {}

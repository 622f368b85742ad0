/**
 * The model reviewer: one agent loop over every model protocol. The entry point is
 * {@link io.github.reviewagent.agent.ModelReviewer#review}: it cuts the change into review units sized to a
 * token budget, lets the model review them (calling local tools), and verifies what comes back against the
 * code and its measured metrics. Code is redacted before it leaves the machine and is presented to the model
 * as data, never as instructions.
 */
package io.github.reviewagent.agent;

/**
 * The team's own review guidance, indexed on the user's machine: {@code CONTRIBUTING.md}, configured
 * documents and the {@code .review/} folder, split into passages and ranked with BM25. Entry point:
 * {@link io.github.reviewagent.guidelines.GuidelineIndex}.
 */
package io.github.reviewagent.guidelines;

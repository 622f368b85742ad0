package io.github.reviewagent.review.service;

import io.github.reviewagent.review.LineRange;
import io.github.reviewagent.review.ReviewedFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A file selected for review, before it is read.
 *
 * @param file         absolute path in the working tree
 * @param path         relative to the repository root, with {@code /}
 * @param previousPath the path at the base for a rename, else null
 * @param status       what the change did to the file; {@code UNCHANGED} in an audit
 * @param changedLines new-side lines the change added or modified; empty in an audit
 * @param baseContent  the text at the base, or null for an added file and in an audit
 */
record Candidate(
    Path file, String path, String previousPath, ReviewedFile.Status status, List<LineRange> changedLines, String baseContent) {}

package io.github.reviewagent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/** The report files a review wrote, read back for assertions. */
final class Reports {

  /** The OASIS schema the team keeps next to the repository (Failsafe runs in the it module). */
  private static final Path SARIF_SCHEMA = Path.of("../../shared/reference/sarif-schema-2.1.0.json");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema sarifSchema;

  private final Path directory;

  Reports(Path directory) {
    this.directory = directory;
  }

  Path directory() {
    return directory;
  }

  Path file(String name) {
    return directory.resolve(name);
  }

  /** {@code review.json}. */
  JsonNode json() {
    return read("review.json");
  }

  /** {@code review.sarif}. */
  JsonNode sarif() {
    return read("review.sarif");
  }

  String text(String name) {
    try {
      return Files.readString(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the SARIF 2.1.0 schema says is wrong with {@code review.sarif}: empty when it is valid. */
  Set<ValidationMessage> sarifSchemaViolations() {
    return sarifSchema().validate(sarif());
  }

  /** The findings of {@code review.json} on one file. */
  List<JsonNode> findingsOn(String path) {
    return StreamSupport.stream(json().path("findings").spliterator(), false)
        .filter(finding -> finding.path("path").asText().equals(path))
        .toList();
  }

  /** The entry of {@code review.json}'s {@code files} for one path, or a missing node. */
  JsonNode fileEntry(String path) {
    return StreamSupport.stream(json().path("files").spliterator(), false)
        .filter(file -> file.path("path").asText().equals(path))
        .findFirst()
        .orElse(JSON.missingNode());
  }

  /** The paths of {@code review.json}'s {@code files}, in report order. */
  List<String> filePaths() {
    return StreamSupport.stream(json().path("files").spliterator(), false).map(f -> f.path("path").asText()).toList();
  }

  private JsonNode read(String name) {
    try {
      return JSON.readTree(file(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized JsonSchema sarifSchema() {
    if (sarifSchema == null) {
      try {
        JsonNode schema = JSON.readTree(SARIF_SCHEMA.toFile());
        sarifSchema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schema)).getSchema(schema);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the SARIF schema at " + SARIF_SCHEMA.toAbsolutePath(), e);
      }
    }
    return sarifSchema;
  }
}

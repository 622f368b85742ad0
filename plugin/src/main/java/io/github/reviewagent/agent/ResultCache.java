package io.github.reviewagent.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Model results by what produced them: one small JSON file per review unit, named by the SHA-256 of the
 * unit's code (redacted, without the per-run boundary token), the model, the protocol, the instructions and
 * the tool definitions (with what else shapes the tools' answers: the guidelines). Rebuilding an unchanged
 * change therefore makes no model call. Entries that cannot be read are ignored (and overwritten by the next
 * result); a directory that cannot be written only costs the cache. Writes go through a temporary file and a
 * rename, so concurrent builds never see half an entry.
 */
final class ResultCache {

  private static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<ProposedFinding>> FINDINGS = new TypeReference<>() {};

  private final Path directory;

  /** @param directory where entries live, or null for no cache */
  ResultCache(Path directory) {
    this.directory = directory;
  }

  static String key(String model, String protocol, String instructions, String tools, String unit) {
    return Sha256.hex(
        String.join("\u0000", "review-agent-cache-" + SCHEMA_VERSION, model, protocol, instructions, tools, unit));
  }

  Optional<List<ProposedFinding>> get(String key) {
    if (directory == null) {
      return Optional.empty();
    }
    Path file = directory.resolve(key + ".json");
    try {
      JsonNode entry = JSON.readTree(file.toFile());
      if (entry == null || entry.path("schemaVersion").asInt() != SCHEMA_VERSION || !entry.path("findings").isArray()) {
        return Optional.empty();
      }
      return Optional.of(List.copyOf(JSON.convertValue(entry.get("findings"), FINDINGS)));
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      // Missing or corrupt (a null element, a wrong type): as if never cached.
      return Optional.empty();
    }
  }

  /** Stores a result; false when the directory cannot be written. */
  boolean put(String key, List<ProposedFinding> findings) {
    if (directory == null) {
      return true;
    }
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, key, ".tmp");
      try {
        Files.writeString(temporary, entry(findings));
        move(temporary, directory.resolve(key + ".json"));
      } finally {
        Files.deleteIfExists(temporary);
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The text of an entry. */
  static String entry(List<ProposedFinding> findings) throws JsonProcessingException {
    ObjectNode entry = JSON.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
    entry.set("findings", JSON.valueToTree(findings));
    return JSON.writeValueAsString(entry);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

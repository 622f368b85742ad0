package io.github.reviewagent.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.reviewagent.review.ReviewResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Writes one report the way the plugin does and reads it back for assertions. */
final class ReportTesting {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportTesting() {}

  static String write(ReviewResult result, ReportFormat format, Path directory) throws IOException {
    return write(result, format, directory, ReviewFixtures.sources());
  }

  static String write(
      ReviewResult result, ReportFormat format, Path directory, Function<String, Optional<String>> sources)
      throws IOException {
    new DefaultReportWriter(ReviewFixtures.TOOL).write(result, directory, EnumSet.of(format), sources);
    return Files.readString(directory.resolve(format.fileName()), StandardCharsets.UTF_8);
  }

  static JsonNode json(String text) throws IOException {
    return MAPPER.readTree(text);
  }

  /** Parses text as namespace-aware XML, refusing external entities; throws when it is not well-formed. */
  static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}

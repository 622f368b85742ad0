package io.github.reviewagent.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Validates JSON documents against the schemas of an OpenAPI 3.1 description, by default OpenAI's official
 * spec in {@code shared/reference/openai-openapi.yml}: a named component schema, an operation's request
 * body, or an operation's response. {@code $ref}s are resolved within the spec.
 *
 * <p>OpenAPI 3.1 schemas are JSON Schema 2020-12 with two OpenAPI leftovers that OpenAI's spec relies on and
 * that a plain 2020-12 validator would get wrong or reject, so the spec is translated first:
 *
 * <ul>
 *   <li>{@code nullable: true} (OpenAPI 3.0) still marks many fields, e.g. {@code RunObject.last_error}:
 *       it becomes {@code anyOf: [schema, {type: null}]};
 *   <li>{@code oneOf} with a {@code discriminator}: the branches overlap (a user message fits both
 *       {@code EasyInputMessage} and {@code InputMessage}), and the discriminator's implicit mapping by
 *       component name does not match OpenAI's {@code type} values. It becomes {@code anyOf} of the branches
 *       plus, per known discriminator value, "if the property has this value, one of the branches that
 *       allow it must hold", which is what the discriminator means;
 *   <li>OpenAPI 3.0's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become 2020-12's numeric form.
 * </ul>
 *
 * <p>Vendor extensions ({@code x-...}) and {@code example} are dropped; {@code format} stays an annotation.
 * Instances are thread-safe; {@link #openAi()} loads the spec once per JVM.
 */
public final class OpenApiSchemas {

  /** Where the spec lives relative to a module directory (Surefire's working directory). */
  public static final Path OPENAI_SPEC = Path.of("../../shared/reference/openai-openapi.yml");

  private static final String COMPONENT_REF = "#/components/schemas/";
  private static final String RESPONSE_REF = "#/components/responses/";
  private static final Set<String> SCHEMA_MAPS =
      Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
  private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
  private static final Set<String> SCHEMA_VALUES =
      Set.of(
          "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
          "unevaluatedProperties", "unevaluatedItems", "additionalItems");
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private static volatile OpenApiSchemas openAi;

  private final JsonNode spec;
  private final ObjectNode defs;
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
  private final JsonSchema root;

  private OpenApiSchemas(JsonNode spec) {
    this.spec = spec;
    this.defs = JsonNodeFactory.instance.objectNode();
    spec.path("components").path("schemas").properties()
        .forEach(e -> defs.set(e.getKey(), translate(e.getValue())));
    spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      if (!METHODS.contains(op.getKey())) {
        return;
      }
      String id = op.getValue().path("operationId").asText();
      JsonNode request = op.getValue().path("requestBody").path("content").path("application/json");
      if (request.has("schema")) {
        defs.set(id + ".request", translate(request.get("schema")));
      }
      op.getValue().path("responses").properties().forEach(response -> {
        JsonNode schema = resolveResponse(response.getValue()).path("content").path("application/json");
        if (schema.has("schema")) {
          defs.set(id + ".response." + response.getKey(), translate(schema.get("schema")));
        }
      });
    }));
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    document.set("$defs", defs);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().preloadJsonSchema(false).formatAssertionsEnabled(false).build();
    root = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document, config);
  }

  /** OpenAI's official spec, loaded once from {@link #OPENAI_SPEC}. */
  public static OpenApiSchemas openAi() {
    OpenApiSchemas loaded = openAi;
    if (loaded == null) {
      synchronized (OpenApiSchemas.class) {
        loaded = openAi;
        if (loaded == null) {
          loaded = load(OPENAI_SPEC);
          openAi = loaded;
        }
      }
    }
    return loaded;
  }

  /** Loads an OpenAPI 3.1 YAML (or JSON) description. */
  public static OpenApiSchemas load(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE); // the OpenAI spec is close to SnakeYAML's 3 MB default
    ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    try {
      return new OpenApiSchemas(yaml.readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the OpenAPI spec " + file.toAbsolutePath().normalize()
              + " (tests expect shared/ next to the repository root)", e);
    }
  }

  /** The problems of {@code node} against the component schema {@code name}; empty when it is valid. */
  public List<String> componentErrors(String name, JsonNode node) {
    if (!spec.path("components").path("schemas").has(name)) {
      throw new IllegalArgumentException("no component schema " + name);
    }
    return errors(name, node);
  }

  /**
   * The problems of a request body against the operation's JSON request body schema.
   *
   * @param path a path template ({@code /threads/{thread_id}/runs}) or a concrete path
   *     ({@code /threads/thread_1/runs}), without the server's base path ({@code /v1})
   */
  public List<String> requestErrors(String method, String path, JsonNode body) {
    String id = operationId(method, path);
    if (!defs.has(id + ".request")) {
      throw new IllegalArgumentException(method + " " + path + " takes no JSON request body");
    }
    return errors(id + ".request", body);
  }

  /** The problems of a response body against what the operation declares for {@code status}. */
  public List<String> responseErrors(String method, String path, int status, JsonNode body) {
    String id = operationId(method, path);
    String name = id + ".response." + status;
    if (!defs.has(name)) {
      throw new IllegalArgumentException(method + " " + path + " declares no JSON response " + status);
    }
    return errors(name, body);
  }

  /** Fails with every problem listed unless {@code node} follows the component schema {@code name}. */
  public void assertComponent(String name, JsonNode node) {
    failOn("component " + name, componentErrors(name, node), node);
  }

  /** Fails with every problem listed unless the body follows the operation's request schema. */
  public void assertRequest(String method, String path, JsonNode body) {
    failOn(method + " " + path + " request", requestErrors(method, path, body), body);
  }

  /** Fails with every problem listed unless the body follows the operation's response schema. */
  public void assertResponse(String method, String path, int status, JsonNode body) {
    failOn(method + " " + path + " " + status + " response", responseErrors(method, path, status, body), body);
  }

  /** The spec's path template that a concrete path ({@code /threads/t_1/runs}) matches. */
  public String pathTemplate(String method, String path) {
    String wanted = method.toLowerCase(Locale.ROOT);
    String best = null;
    for (Iterator<String> it = spec.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (!spec.path("paths").path(template).has(wanted)) {
        continue;
      }
      if (template.equals(path)) {
        return template;
      }
      String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
      if (Pattern.matches(regex, path) && (best == null || literalLength(template) > literalLength(best))) {
        best = template; // the most literal template wins: /threads/runs over /threads/{thread_id}
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("the spec has no operation " + method + " " + path);
    }
    return best;
  }

  private static int literalLength(String template) {
    return template.replaceAll("\\{[^}]+}", "").length();
  }

  private String operationId(String method, String path) {
    String template = pathTemplate(method, path);
    return spec.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)).path("operationId").asText();
  }

  private List<String> errors(String name, JsonNode node) {
    JsonSchema schema = compiled.computeIfAbsent(
        name, n -> root.getSubSchema(new JsonNodePath(PathType.JSON_POINTER).append("$defs").append(n)));
    List<String> problems = new ArrayList<>();
    for (ValidationMessage message : schema.validate(node)) {
      problems.add(message.getMessage());
    }
    return problems;
  }

  private static void failOn(String what, List<String> problems, JsonNode node) {
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "not a valid " + what + " per the OpenAPI spec:\n  " + String.join("\n  ", problems) + "\nin: " + node);
    }
  }

  private JsonNode resolveResponse(JsonNode response) {
    String ref = response.path("$ref").asText("");
    return ref.startsWith(RESPONSE_REF)
        ? spec.path("components").path("responses").path(ref.substring(RESPONSE_REF.length()))
        : response;
  }

  private JsonNode resolveSchema(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.startsWith(COMPONENT_REF)
        ? spec.path("components").path("schemas").path(ref.substring(COMPONENT_REF.length()))
        : schema;
  }

  /** Translates one OpenAPI schema object into plain JSON Schema 2020-12 (see the class comment). */
  private JsonNode translate(JsonNode schema) {
    if (!schema.isObject()) {
      return schema; // true/false schemas
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    boolean nullable = schema.path("nullable").asBoolean(false);
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.startsWith("x-") || key.equals("example") || key.equals("nullable") || key.equals("discriminator")) {
        continue;
      }
      if ((key.equals("exclusiveMinimum") || key.equals("exclusiveMaximum")) && value.isBoolean()) {
        // OpenAPI 3.0's boolean form qualifies minimum/maximum; 2020-12 wants the bound itself
        String bound = key.equals("exclusiveMinimum") ? "minimum" : "maximum";
        if (value.asBoolean() && schema.has(bound)) {
          out.set(key, schema.get(bound));
        }
      } else if ((key.equals("minimum") || key.equals("maximum"))
          && schema.path(key.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum").asBoolean(false)) {
        continue;
      } else if (key.equals("$ref") && value.asText().startsWith(COMPONENT_REF)) {
        out.put("$ref", "#/$defs/" + value.asText().substring(COMPONENT_REF.length()));
      } else if (SCHEMA_MAPS.contains(key) && value.isObject()) {
        ObjectNode map = out.putObject(key);
        value.properties().forEach(e -> map.set(e.getKey(), translate(e.getValue())));
      } else if (key.equals("allOf") && value.isArray()) {
        ArrayNode members = out.putArray(key);
        for (JsonNode member : value) {
          if (member.size() == 1 && member.path("nullable").asBoolean(false)) {
            nullable = true; // allOf: [X, {nullable: true}] means "X or null"
          } else {
            members.add(translate(member));
          }
        }
      } else if (SCHEMA_ARRAYS.contains(key) && value.isArray()) {
        ArrayNode members = out.putArray(key);
        value.forEach(member -> members.add(translate(member)));
      } else if (SCHEMA_VALUES.contains(key) && value.isObject()) {
        out.set(key, translate(value));
      } else {
        out.set(key, value);
      }
    }
    String discriminator = schema.path("discriminator").path("propertyName").asText("");
    if (!discriminator.isEmpty() && out.has("oneOf")) {
      applyDiscriminator(out, discriminator, schema.get("oneOf"));
    }
    if (!nullable) {
      return out;
    }
    ObjectNode either = JsonNodeFactory.instance.objectNode();
    ArrayNode anyOf = either.putArray("anyOf");
    anyOf.add(out);
    anyOf.addObject().put("type", "null");
    return either;
  }

  private void applyDiscriminator(ObjectNode out, String property, JsonNode originalBranches) {
    ArrayNode branches = (ArrayNode) out.remove("oneOf");
    out.set("anyOf", branches);
    // value -> the branches that allow it; several may (type "message" fits two input item shapes)
    Map<JsonNode, List<JsonNode>> byValue = new LinkedHashMap<>();
    for (int i = 0; i < branches.size(); i++) {
      Set<JsonNode> values = new LinkedHashSet<>();
      collectValues(originalBranches.get(i), property, values, 0);
      for (JsonNode value : values) {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(branches.get(i));
      }
    }
    if (byValue.isEmpty()) {
      return;
    }
    ArrayNode rules = out.has("allOf") ? (ArrayNode) out.get("allOf") : out.putArray("allOf");
    byValue.forEach((value, candidates) -> {
      ObjectNode rule = rules.addObject();
      ObjectNode condition = rule.putObject("if");
      condition.putArray("required").add(property);
      condition.putObject("properties").putObject(property).set("const", value);
      rule.putObject("then").putArray("anyOf").addAll(candidates);
    });
  }

  /** The values a branch allows for the discriminator property, following refs and nested alternatives. */
  private void collectValues(JsonNode branch, String property, Set<JsonNode> values, int depth) {
    if (depth > 8) {
      return;
    }
    JsonNode schema = resolveSchema(branch);
    JsonNode own = schema.path("properties").path(property);
    collectEnum(own, values);
    for (String alternatives : List.of("oneOf", "anyOf", "allOf")) {
      for (JsonNode nested : schema.path(alternatives)) {
        collectValues(nested, property, values, depth + 1);
      }
    }
  }

  private static void collectEnum(JsonNode propertySchema, Set<JsonNode> values) {
    propertySchema.path("enum").forEach(v -> {
      if (!v.isNull()) {
        values.add(v);
      }
    });
    if (propertySchema.has("const")) {
      values.add(propertySchema.get("const"));
    }
    for (String alternatives : List.of("oneOf", "anyOf")) {
      propertySchema.path(alternatives).forEach(alt -> collectEnum(alt, values));
    }
  }
}

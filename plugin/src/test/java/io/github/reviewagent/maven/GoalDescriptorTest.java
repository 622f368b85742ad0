package io.github.reviewagent.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goal as Maven and {@code mvn review:help -Ddetail} see it: the descriptor the build generates from the
 * Mojo's annotations and Javadoc, held against the parameters, properties and defaults INTERFACE.md promises.
 */
class GoalDescriptorTest {

  private static Element goal;

  @BeforeAll
  static void readDescriptor() throws Exception {
    try (InputStream in =
        GoalDescriptorTest.class.getResourceAsStream("/META-INF/maven/io.github.reviewagent/review-maven-plugin/plugin-help.xml")) {
      assertThat(in).as("the plugin's help descriptor, generated before the tests run").isNotNull();
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
      NodeList mojos = document.getElementsByTagName("mojo");
      for (int i = 0; i < mojos.getLength(); i++) {
        Element mojo = (Element) mojos.item(i);
        if (text(mojo, "goal").equals("review")) {
          goal = mojo;
        }
      }
    }
    assertThat(goal).isNotNull();
  }

  @Test
  void everyPromisedParameterHasItsUserPropertyDefaultAndADescription() {
    Map<String, String> promised = new LinkedHashMap<>();
    promised.put("skip", "false");
    promised.put("base", null);
    promised.put("scope", "changed");
    promised.put("includes", "**/*.java");
    promised.put("excludes", null);
    promised.put("provider", "auto");
    promised.put("baseUrl", "https://api.openai.com/v1");
    promised.put("model", "gpt-5-mini");
    promised.put("apiKeyEnv", "OPENAI_API_KEY");
    promised.put("serverId", null);
    promised.put("failOn", "critical");
    promised.put("failOnModelError", "false");
    promised.put("outputDirectory", "${session.topLevelProject.build.directory}/review");
    promised.put("formats", "sarif,json,markdown,html");

    Element configuration = (Element) goal.getElementsByTagName("configuration").item(0);
    promised.forEach((name, defaultValue) -> {
      Element value = (Element) configuration.getElementsByTagName(name).item(0);
      assertThat(value).as(name).isNotNull();
      assertThat(value.getTextContent()).as(name + "'s user property").isEqualTo("${review." + name + "}");
      assertThat(value.hasAttribute("default-value") ? value.getAttribute("default-value") : null)
          .as(name + "'s default").isEqualTo(defaultValue);
    });
  }

  @Test
  void everyParameterTheUserSetsIsDescribedForTheHelpGoal() {
    NodeList parameters = goal.getElementsByTagName("parameter");
    int editable = 0;
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (text(parameter, "editable").equals("true")) {
        editable++;
        assertThat(text(parameter, "description")).as(text(parameter, "name")).isNotBlank();
      }
    }
    assertThat(editable).isGreaterThanOrEqualTo(14);
  }

  @Test
  void threadSafeWithoutResolvingTheProjectsDependencies() {
    assertThat(text(goal, "threadSafe")).isEqualTo("true");
    assertThat(text(goal, "phase")).isEqualTo("verify");
    assertThat(goal.getElementsByTagName("requiresDependencyResolution").getLength()).isZero();
  }

  private static String text(Element parent, String child) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(child)) {
        return element.getTextContent();
      }
    }
    return "";
  }
}

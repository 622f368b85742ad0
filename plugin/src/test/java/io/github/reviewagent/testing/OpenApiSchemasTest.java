package io.github.reviewagent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiSchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final OpenApiSchemas spec = OpenApiSchemas.openAi();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void acceptsAValidChatRequestAndNamesWhatIsWrongWithABrokenOne() throws Exception {
    JsonNode valid = json("{'model':'gpt-x','messages':[{'role':'system','content':'be brief'},"
        + "{'role':'user','content':'hi'}],'max_completion_tokens':100}");
    assertThat(spec.requestErrors("POST", "/chat/completions", valid)).isEmpty();

    JsonNode noMessages = json("{'model':'gpt-x'}");
    assertThat(spec.requestErrors("POST", "/chat/completions", noMessages))
        .anySatisfy(e -> assertThat(e).contains("messages"));

    JsonNode badRole = json("{'model':'gpt-x','messages':[{'role':'robot','content':'hi'}]}");
    assertThat(spec.requestErrors("POST", "/chat/completions", badRole)).isNotEmpty();

    JsonNode toolWithoutId = json("{'model':'gpt-x','messages':[{'role':'tool','content':'42'}]}");
    assertThat(spec.requestErrors("POST", "/chat/completions", toolWithoutId)).isNotEmpty();
  }

  @Test
  void discriminatedItemsAreCheckedAgainstTheBranchTheirTypeNames() throws Exception {
    JsonNode valid = json("{'model':'gpt-x','input':[{'role':'user','content':'hi'},"
        + "{'type':'function_call','call_id':'c1','name':'f','arguments':'{}'},"
        + "{'type':'function_call_output','call_id':'c1','output':'42'}]}");
    assertThat(spec.requestErrors("POST", "/responses", valid)).isEmpty();

    JsonNode outputWithoutOutput = json("{'model':'gpt-x','input':[{'type':'function_call_output','call_id':'c1'}]}");
    assertThat(spec.requestErrors("POST", "/responses", outputWithoutOutput))
        .anySatisfy(e -> assertThat(e).contains("output"));

    JsonNode callWithNumberArguments =
        json("{'model':'gpt-x','input':[{'type':'function_call','call_id':'c1','name':'f','arguments':7}]}");
    assertThat(spec.requestErrors("POST", "/responses", callWithNumberArguments)).isNotEmpty();
  }

  @Test
  void nullableFieldsAcceptNullButNothingElseOffType() throws Exception {
    JsonNode error = json("{'code':'server_error','message':'boom'}");
    assertThat(spec.componentErrors("RunObject", run("null"))).isEmpty();
    assertThat(spec.componentErrors("RunObject", run(error.toString()))).isEmpty();
    assertThat(spec.componentErrors("RunObject", run("'a string'"))).isNotEmpty();
  }

  @Test
  void additionalPropertiesFalseIsEnforced() throws Exception {
    JsonNode extra = json("{'tool_outputs':[],'surprise':1}");
    assertThat(spec.requestErrors("POST", "/threads/t_1/runs/r_1/submit_tool_outputs", extra)).isNotEmpty();
  }

  @Test
  void matchesConcretePathsToTheMostLiteralTemplate() {
    assertThat(spec.pathTemplate("POST", "/threads/thread_9/runs")).isEqualTo("/threads/{thread_id}/runs");
    assertThat(spec.pathTemplate("POST", "/threads/runs")).isEqualTo("/threads/runs");
    assertThat(spec.pathTemplate("DELETE", "/threads/thread_9")).isEqualTo("/threads/{thread_id}");
    assertThatThrownBy(() -> spec.pathTemplate("POST", "/nowhere")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assertionsListTheProblems() throws Exception {
    assertThatThrownBy(() -> spec.assertComponent("ErrorResponse", json("{'error':{'message':'x'}}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ErrorResponse")
        .hasMessageContaining("type");
  }

  private static JsonNode run(String lastError) throws Exception {
    return json(("{'id':'run_1','object':'thread.run','created_at':1,'thread_id':'t','assistant_id':'a',"
        + "'status':'failed','required_action':null,'last_error':LAST,'expires_at':null,'started_at':1,"
        + "'cancelled_at':null,'failed_at':2,'completed_at':null,'model':'m','instructions':'i','tools':[],"
        + "'metadata':{},'usage':null,'incomplete_details':null,'max_prompt_tokens':null,"
        + "'max_completion_tokens':null,'truncation_strategy':{'type':'auto','last_messages':null},"
        + "'tool_choice':'auto','parallel_tool_calls':true,'response_format':'auto'}").replace("LAST", lastError));
  }
}

package io.github.reviewagent.agent;

import io.github.reviewagent.provider.Conversation;
import io.github.reviewagent.provider.ConversationSpec;
import io.github.reviewagent.provider.InputItem;
import io.github.reviewagent.provider.ModelException;
import io.github.reviewagent.provider.ModelProvider;
import io.github.reviewagent.provider.ModelReply;
import io.github.reviewagent.provider.ToolCall;
import io.github.reviewagent.review.Usage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A model provider scripted turn by turn, which records every conversation and counts its calls. */
final class FakeProvider implements ModelProvider {

  /** One turn as the model sees it. */
  record Turn(int number, ConversationSpec spec, List<InputItem> input, String unitText, List<Turn> earlier) {

    /** The outputs of the tool calls this turn answers, in order. */
    List<String> toolOutputs() {
      return input.stream().filter(i -> i instanceof InputItem.ToolOutput).map(i -> ((InputItem.ToolOutput) i).output()).toList();
    }

    String userText() {
      return input.stream().filter(i -> i instanceof InputItem.UserText).map(i -> ((InputItem.UserText) i).text()).findFirst().orElse("");
    }
  }

  /** Answers a turn: the whole fake model. */
  @FunctionalInterface
  interface Script {
    ModelReply answer(Turn turn) throws ModelException;
  }

  private final Script script;
  final AtomicInteger opens = new AtomicInteger();
  final AtomicInteger sends = new AtomicInteger();
  final AtomicInteger closes = new AtomicInteger();
  final List<List<Turn>> conversations = Collections.synchronizedList(new ArrayList<>());
  private String id = "chat";

  FakeProvider(Script script) {
    this.script = script;
  }

  FakeProvider withId(String value) {
    this.id = value;
    return this;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Conversation open(ConversationSpec spec) {
    opens.incrementAndGet();
    List<Turn> turns = Collections.synchronizedList(new ArrayList<>());
    conversations.add(turns);
    return new Conversation() {
      @Override
      public ModelReply send(List<InputItem> input) throws ModelException {
        sends.incrementAndGet();
        String unitText = turns.isEmpty() ? textOf(input) : turns.get(0).unitText();
        Turn turn = new Turn(turns.size() + 1, spec, List.copyOf(input), unitText, List.copyOf(turns));
        turns.add(turn);
        return script.answer(turn);
      }

      @Override
      public void close() {
        closes.incrementAndGet();
      }
    };
  }

  @Override
  public void close() {}

  /** Every turn of every conversation. */
  List<Turn> turns() {
    synchronized (conversations) {
      return conversations.stream().flatMap(c -> List.copyOf(c).stream()).toList();
    }
  }

  private static String textOf(List<InputItem> input) {
    return input.stream().filter(i -> i instanceof InputItem.UserText).map(i -> ((InputItem.UserText) i).text()).findFirst().orElse("");
  }

  static final Usage TURN_USAGE = new Usage(1, 100, 10, 20);

  static ModelReply answer(String text) {
    return new ModelReply(text, List.of(), ModelReply.StopReason.COMPLETED, TURN_USAGE);
  }

  static ModelReply calls(ToolCall... calls) {
    return new ModelReply("", Arrays.asList(calls), ModelReply.StopReason.TOOL_CALLS, TURN_USAGE);
  }

  static ModelReply stopped(ModelReply.StopReason stop, String text) {
    return new ModelReply(text, List.of(), stop, TURN_USAGE);
  }

  static final String NO_FINDINGS = "{\"findings\": []}";
}

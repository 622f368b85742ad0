package io.github.reviewagent.metrics.tool;

import io.github.reviewagent.metrics.MethodReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code method} argument as a model writes it: a name, perhaps qualified with its type ({@code Inner.parse},
 * {@code Inner#parse}, {@code Inner::parse}), perhaps with parameter types ({@code parse(String, int)}), perhaps
 * copied from the declaration ({@code public int parse(String s, int radix)}). Parameter
 * types are compared without spaces, type arguments, parameter names and package or outer-type qualifiers, and with
 * varargs as arrays, so that the model need not guess how the code spelled them.
 *
 * @param type       the type qualifier, or null
 * @param name       the method's simple name
 * @param parameters the parameter types, simplified; null when no parameter list was given
 */
record MethodQuery(String type, String name, List<String> parameters) {

  static MethodQuery parse(String text) {
    String query = text.strip();
    int open = query.indexOf('(');
    // Copied from a declaration, the text before the name holds modifiers and a return type: the name is the last word.
    String declared = (open < 0 ? query : query.substring(0, open)).replace("::", "#").replaceAll("\\s*([.#])\\s*", "$1");
    String[] words = declared.strip().split("\\s+");
    String qualified = words[words.length - 1];
    int split = Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('#'));
    String type = split > 0 ? qualified.substring(0, split).replace('#', '.') : null;
    String name = qualified.substring(split + 1);
    List<String> parameters = null;
    if (open >= 0) {
      int close = query.lastIndexOf(')');
      parameters = parameters(query.substring(open + 1, close > open ? close : query.length()));
    }
    return new MethodQuery(type, name, parameters);
  }

  /** Whether {@code method}, declared in the type named {@code typeName} (dotted, as in reports), is meant. */
  boolean matches(String typeName, MethodReport method) {
    if (!method.name().equals(name)) {
      return false;
    }
    if (type != null && !(typeName.equals(type) || typeName.endsWith("." + type) || type.endsWith("." + typeName))) {
      return false;
    }
    if (parameters == null) {
      return true;
    }
    String signature = method.signature();
    return parameters(signature.substring(signature.indexOf('(') + 1, signature.length() - 1)).equals(parameters);
  }

  private static List<String> parameters(String list) {
    String erased = eraseTypeArguments(list);
    List<String> types = new ArrayList<>();
    if (erased.isBlank()) {
      return types;
    }
    for (String parameter : erased.split(",", -1)) {
      types.add(simple(parameter));
    }
    return types;
  }

  private static String eraseTypeArguments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code final java.util.Map.Entry e} and {@code Entry} are both {@code Entry}; {@code int...} is {@code int[]}. */
  private static String simple(String parameter) {
    String spaced = parameter.replace("...", "[]").replaceAll("\\s+(?=[.\\[\\]])|(?<=[.\\[])\\s+", "").strip();
    String type = "";
    for (String token : spaced.split("\\s+")) {
      if (!token.equals("final") && !token.startsWith("@")) {
        type = token;
        break;
      }
    }
    int dims = type.indexOf('[');
    String base = dims < 0 ? type : type.substring(0, dims);
    return base.substring(base.lastIndexOf('.') + 1) + (dims < 0 ? "" : type.substring(dims));
  }
}

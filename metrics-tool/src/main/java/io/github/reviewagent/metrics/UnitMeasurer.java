package io.github.reviewagent.metrics;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Walks one parsed compilation unit and measures every type and callable in it. */
final class UnitMeasurer {

  private final String path;
  private final String source;
  private final List<TypeBuilder> types = new ArrayList<>();
  private Ncss ncss;
  private EnumConstants enums;

  UnitMeasurer(String path, String source) {
    this.path = path;
    this.source = source;
  }

  FileReport measure(CompilationUnit unit) {
    ncss = Ncss.over(unit);
    enums = new EnumConstants(unit);
    walk(unit, null);
    List<TypeReport> reports = types.stream().map(type -> type.build(ncss)).toList();
    return new FileReport(path, null, ncss.total(), Lines.count(source), reports);
  }

  private void walk(Node node, TypeBuilder current) {
    TypeBuilder inner = enter(node, current);
    if (inner != current) {
      types.add(inner);
    } else if (current != null && isCallable(node)) {
      current.methods.add(measureCallable(node, current));
    }
    for (Node child : node.getChildNodes()) {
      walk(child, inner);
    }
  }

  /** The type a node opens, or {@code current} if it opens none. */
  private TypeBuilder enter(Node node, TypeBuilder current) {
    if (node instanceof TypeDeclaration<?> type) {
      boolean local =
          type.getParentNode()
              .filter(p -> p instanceof LocalClassDeclarationStmt || p instanceof LocalRecordDeclarationStmt)
              .isPresent();
      String simple =
          type instanceof ClassOrInterfaceDeclaration c && c.isCompact() ? implicitName(type) : type.getNameAsString();
      String name;
      if (current == null) {
        name = simple;
      } else if (local) {
        name = current.name + "$" + current.nextLocalIndex(simple) + simple;
      } else {
        name = current.name + "." + simple;
      }
      return new TypeBuilder(name, kindOf(type), type, fieldCount(type.getMembers(), type));
    }
    if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
      return anonymous(node, current, creation.getAnonymousClassBody().get());
    }
    if (node instanceof EnumConstantDeclaration constant && !constant.getClassBody().isEmpty()) {
      return anonymous(node, current, constant.getClassBody());
    }
    return current;
  }

  /** javac names the implicit class of a compact source file after the file; JavaParser calls it $COMPACT_CLASS. */
  private String implicitName(TypeDeclaration<?> type) {
    String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    String stem = file.endsWith(".java") ? file.substring(0, file.length() - ".java".length()) : file;
    return stem.isEmpty() ? type.getNameAsString() : stem;
  }

  private TypeBuilder anonymous(Node node, TypeBuilder current, NodeList<BodyDeclaration<?>> body) {
    String outer = current == null ? "" : current.name;
    String name = outer + "$" + (current == null ? 1 : current.nextAnonymousIndex());
    return new TypeBuilder(name, TypeReport.Kind.ANONYMOUS, node, fieldCount(body, null));
  }

  private static TypeReport.Kind kindOf(TypeDeclaration<?> type) {
    if (type instanceof EnumDeclaration) {
      return TypeReport.Kind.ENUM;
    }
    if (type instanceof RecordDeclaration) {
      return TypeReport.Kind.RECORD;
    }
    if (type instanceof AnnotationDeclaration) {
      return TypeReport.Kind.ANNOTATION;
    }
    if (type instanceof ClassOrInterfaceDeclaration c && c.isInterface()) {
      return TypeReport.Kind.INTERFACE;
    }
    return TypeReport.Kind.CLASS;
  }

  private static int fieldCount(NodeList<BodyDeclaration<?>> members, TypeDeclaration<?> type) {
    int fields = 0;
    for (BodyDeclaration<?> member : members) {
      if (member instanceof FieldDeclaration field) {
        fields += field.getVariables().size();
      }
    }
    if (type instanceof RecordDeclaration record) {
      fields += record.getParameters().size();
    }
    return fields;
  }

  static boolean isCallable(Node node) {
    return node instanceof CallableDeclaration<?>
        || node instanceof CompactConstructorDeclaration
        || node instanceof AnnotationMemberDeclaration;
  }

  private MethodReport measureCallable(Node node, TypeBuilder owner) {
    int line = node.getBegin().map(p -> p.line).orElse(0);
    int endLine = node.getEnd().map(p -> p.line).orElse(line);
    if (node instanceof CompactConstructorDeclaration compact) {
      // A compact constructor declares no parameters; its signature is the canonical constructor's.
      String name = compact.getNameAsString();
      RecordDeclaration record = (RecordDeclaration) owner.declaration;
      return method(name, signature(name, record.getParameters()), MethodReport.Kind.CONSTRUCTOR, line, endLine, node, 0);
    }
    if (node instanceof AnnotationMemberDeclaration member) {
      String name = member.getNameAsString();
      return method(name, name + "()", MethodReport.Kind.METHOD, line, endLine, node, 0);
    }
    CallableDeclaration<?> callable = (CallableDeclaration<?>) node;
    String name = callable.getNameAsString();
    MethodReport.Kind kind =
        node instanceof ConstructorDeclaration ? MethodReport.Kind.CONSTRUCTOR : MethodReport.Kind.METHOD;
    List<Parameter> parameters = callable.getParameters();
    return method(name, signature(name, parameters), kind, line, endLine, node, parameters.size());
  }

  private MethodReport method(
      String name, String signature, MethodReport.Kind kind, int line, int endLine, Node node, int parameters) {
    Optional<BlockStmt> body = Callables.body(node);
    MethodMetrics metrics =
        new MethodMetrics(
            Cyclomatic.of(body),
            Cognitive.of(node),
            NPath.of(body, enums),
            ncss.of(node),
            endLine - line + 1,
            Nesting.maxOf(body),
            parameters);
    return new MethodReport(name, signature, kind, line, endLine, metrics);
  }

  /** {@code name(T1,T2)}: parameter types as written, type arguments erased, varargs as arrays. */
  static String signature(String name, List<Parameter> parameters) {
    return parameters.stream()
        .map(p -> erase(p.getType()) + (p.isVarArgs() ? "[]" : ""))
        .collect(Collectors.joining(",", name + "(", ")"));
  }

  private static String erase(Type type) {
    String written = type.asString();
    StringBuilder erased = new StringBuilder(written.length());
    int depth = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0 && !Character.isWhitespace(c)) {
        erased.append(c);
      }
    }
    return erased.toString();
  }

  /** A type being collected; its methods arrive while the walk goes on. */
  private static final class TypeBuilder {
    final String name;
    final TypeReport.Kind kind;
    final Node declaration;
    final int fields;
    final List<MethodReport> methods = new ArrayList<>();
    // javac numbers anonymous classes in one sequence, and local classes in one per simple name: Outer$1, Outer$1Local
    private int anonymousIndex;
    private final Map<String, Integer> localIndex = new HashMap<>();

    TypeBuilder(String name, TypeReport.Kind kind, Node declaration, int fields) {
      this.name = name;
      this.kind = kind;
      this.declaration = declaration;
      this.fields = fields;
    }

    int nextAnonymousIndex() {
      return ++anonymousIndex;
    }

    int nextLocalIndex(String simpleName) {
      return localIndex.merge(simpleName, 1, Integer::sum);
    }

    TypeReport build(Ncss ncss) {
      int line = declaration.getBegin().map(p -> p.line).orElse(0);
      int endLine = declaration.getEnd().map(p -> p.line).orElse(line);
      int wmc = methods.stream().mapToInt(m -> m.metrics().cyclomatic()).sum();
      return new TypeReport(name, kind, line, endLine, wmc, methods.size(), fields, ncss.of(declaration), methods);
    }
  }
}

package dev.disstatus.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalog text written to break out of the Javadoc, string literals and format strings it is copied into. The
 * generated code must compile with {@code -Xlint:all -Werror}, pass {@code javadoc -Xdoclint:all}, return the
 * catalog's text exactly, and have exactly the shape it has for a plain catalog of the same codes and names: the
 * same types, the same members, the same code once literals and comments are set aside.
 */
class TextSafetyTest {
  private static final String HOSTILE = "com.acme.hostile";
  private static final String PLAIN = "com.acme.plain";

  /** Source id and title: they go into every type's Javadoc and into a message. */
  private static final String SOURCE_ID = "acme */ id";
  private static final String SOURCE_TITLE = "Acme \"Codes\" */ /* $L $S %s \\ \\u000a <b> & {@code x} 🙈";

  /** One entry: Java names set, so that the plain twin can have the same; name and paragraphs are the attack. */
  private record Entry(int code, String constant, String type, String guidance, String name, List<String> text) {}

  private static final List<Entry> ENTRIES = List.of(
      new Entry(200, "OK_COMMENT", "OkComment", null, "OK */ /* \\u002a/ ends",
          List.of("Ends */ a comment, opens /* another, and \\u002a/ ends one in disguise; \\u000a breaks a line.")),
      new Entry(404, "NOT_FOUND", "NotFound", "modify-request", "Not \"Found\" \\ $L $S $$ %s",
          List.of("A \"quote\", a backslash \\ and \\n, \\\" and \\u0022 in a row.",
              "Formats: $L $S $N $T $$ %s %d %n %% {0} ${x}.")),
      new Entry(408, "TIMEOUT", "Timeout", "retry-unchanged", "<b>Time</b> & out {@code x}",
          List.of("<b>bold</b> &amp; & &lt; <!-- x --> </p> </blockquote> </ul> <script>alert(1)</script>")),
      new Entry(418, "TEAPOT", "Teapot", null, "@throws Teapot",
          List.of("@throws Exception @param x {@code x} {@link Object} {@inheritDoc} @see Object {@literal",
              "Emoji 🙈🚀, CJK 未找到 状态码, accents Não, a lone é.",
              "line one\n@deprecated on a line of its own\n * a starred line\r\nafter CR LF\tand a tab")),
      new Entry(429, "TOO_MANY", "TooMany", "retry-after", "未找到 🙈",
          List.of("Line separator \u2028 next line \u0085 paragraph separator \u2029 delete \u007f bell \u0007.")),
      new Entry(503, "UNAVAILABLE", "Unavailable", null, "*/", List.of("*/")));

  @TempDir
  Path root;

  @ParameterizedTest(name = "--release {0}")
  @ValueSource(ints = {8, 17})
  void hostileTextComesThroughExactlyAndChangesNoCode(int release) throws IOException {
    Fixture fixture = new Fixture(root)
        .file("com/acme/hostile/codes.yaml", catalog(SOURCE_ID, SOURCE_TITLE, false))
        .file("com/acme/plain/codes.yaml", catalog("acme_id", "Acme Codes", true));
    Compiled compiled = Compiled.compile(javac().withOptions("-sourcepath", root.toString(), "--release",
            Integer.toString(release), "-Xlint:all", "-Xlint:-options", "-Werror"),
        HOSTILE + ".package-info", Fixture.packageInfo(HOSTILE, "catalog = \"com/acme/hostile/codes.yaml\""),
        PLAIN + ".package-info", Fixture.packageInfo(PLAIN, "catalog = \"com/acme/plain/codes.yaml\""));
    assertThat(compiled.compilation).succeededWithoutWarnings();

    Map<String, String> hostile = generatedSources(compiled, HOSTILE);
    Map<String, String> plain = generatedSources(compiled, PLAIN);
    assertEquals(plain.keySet(), hostile.keySet());
    hostile.forEach((name, text) -> assertTrue(text.chars().allMatch(c -> c < 0x80),
        name + " is not ASCII, so it reads differently in a build with another -encoding"));

    List<JavaFileObject> onDisk = writeToDisk(hostile);
    List<JavaFileObject> withCalls = new ArrayList<>(onDisk);
    withCalls.addAll(Compiled.statusCalls(HOSTILE, "Dis"));
    StatusCalls strict = Compiled.strict(release, withCalls).calls(HOSTILE, "Dis");
    Compiled.javadoc(Files.createDirectories(root.resolve("javadoc")), release, onDisk);

    for (Entry entry : ENTRIES) {
      assertEquals(entry.constant(), strict.constant(entry.code()));
      assertEquals(entry.name(), strict.reasonPhrase(entry.code()));
      assertEquals(String.join("\n\n", entry.text()), strict.description(entry.code()));
    }
    for (Entry entry : ENTRIES) {
      if (entry.code() >= 400) {
        String message = strict.exceptionFor(entry.code(), null, null).getMessage();
        assertTrue(message.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'),
            "not one line: " + message);
      }
    }
    Throwable unknown = assertThrows(IllegalArgumentException.class, () -> strict.constant(299));
    assertTrue(unknown.getMessage().contains(SOURCE_TITLE), unknown.getMessage());

    assertEquals(ENTRIES.stream().map(Entry::constant).toList(), strict.constants());
    for (String simpleName : hostile.keySet()) {
      assertEquals(members(compiled.type(PLAIN + "." + simpleName)),
          members(compiled.type(HOSTILE + "." + simpleName)), simpleName);
      assertEquals(shape(plain.get(simpleName)), shape(hostile.get(simpleName)), simpleName);
    }
  }

  /** The catalog, every text written as a YAML double-quoted string; the plain one has the same Java names. */
  private static byte[] catalog(String id, String title, boolean plain) {
    StringBuilder yaml = new StringBuilder()
        .append("source:\n  id: ").append(quoted(id)).append("\n  title: ").append(quoted(title))
        .append("\nstatuses:\n");
    for (Entry entry : ENTRIES) {
      yaml.append("  - code: ").append(entry.code())
          .append("\n    name: ").append(quoted(plain ? "Plain " + entry.code() : entry.name()))
          .append("\n    javaConstant: ").append(entry.constant())
          .append("\n    javaType: ").append(entry.type())
          .append("\n    description:\n");
      for (String paragraph : entry.text()) {
        yaml.append("      - ").append(quoted(plain ? "Plain paragraph." : paragraph)).append('\n');
      }
      if (entry.guidance() != null) {
        yaml.append("    guidance: ").append(entry.guidance()).append('\n');
      }
    }
    return yaml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A YAML double-quoted scalar holding exactly {@code text}: quotes and backslashes escaped, and every character
   * YAML would not keep as it is (controls, which it refuses, and NEL, LS, PS, which it folds as line breaks).
   */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  /** The generated sources of one package, by simple type name. */
  private static Map<String, String> generatedSources(Compiled compiled, String pkg) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    String folder = "/" + pkg.replace('.', '/') + "/";
    for (JavaFileObject file : compiled.compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      if (path.contains(folder)) {
        sources.put(path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length()),
            file.getCharContent(true).toString());
      }
    }
    return sources;
  }

  /** Writes sources under {@code root/src} and returns them as the files the tools read. */
  private List<JavaFileObject> writeToDisk(Map<String, String> sources) throws IOException {
    Path folder = Files.createDirectories(root.resolve("src").resolve(HOSTILE.replace('.', '/')));
    List<Path> paths = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      paths.add(Files.writeString(folder.resolve(source.getKey() + ".java"), source.getValue()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    List<JavaFileObject> objects = new ArrayList<>();
    files.getJavaFileObjectsFromPaths(paths).forEach(objects::add);
    return objects;
  }

  /** Every member a type declares, nested types included, as modifiers and signature. */
  private static TreeSet<String> members(Class<?> type) {
    TreeSet<String> members = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      members.add(Modifier.toString(field.getModifiers()) + " " + field.getGenericType() + " " + field.getName());
    }
    for (Method method : type.getDeclaredMethods()) {
      members.add(method.toGenericString().replace(type.getPackageName(), ""));
    }
    Arrays.stream(type.getDeclaredConstructors())
        .forEach(constructor -> members.add(constructor.toGenericString().replace(type.getPackageName(), "")));
    for (Class<?> nested : type.getDeclaredClasses()) {
      members.add("class " + nested.getSimpleName() + " " + members(nested));
    }
    Stream.of(type.getInterfaces()).forEach(implemented -> members.add("implements " + implemented.getName()));
    members.add("extends " + (type.getSuperclass() == null ? "" : type.getSuperclass().getSimpleName()));
    return members.stream().map(member -> member.replace(type.getPackageName(), ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The source as javac parses it, with comments gone and each string literal (or concatenation of literals, as
   * JavaPoet splits text at line breaks) reduced to its kind: text that escaped a comment or a literal shows up
   * as tokens the plain twin does not have.
   */
  private static List<String> shape(String source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = JavaFileObjects.forSourceString("Shape", source);
    JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null,
        List.of(file));
    List<String> tokens = new ArrayList<>();
    try {
      for (CompilationUnitTree unit : task.parse()) {
        new TreeScanner<Void, Void>() {
          @Override
          public Void scan(Tree tree, Void unused) {
            if (tree == null) {
              return null;
            }
            if (onlyText(tree)) {
              tokens.add("text");
              return null;
            }
            tokens.add(tree.getKind().name());
            return super.scan(tree, unused);
          }

          @Override
          public Void visitLiteral(LiteralTree tree, Void unused) {
            tokens.add(String.valueOf(tree.getValue()));
            return null;
          }

          @Override
          public Void visitIdentifier(IdentifierTree tree, Void unused) {
            tokens.add(samePackage(tree.getName().toString()));
            return null;
          }

          @Override
          public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
            tokens.add(samePackage(tree.getIdentifier().toString()));
            return super.visitMemberSelect(tree, unused);
          }

          @Override
          public Void visitVariable(VariableTree tree, Void unused) {
            tokens.add(tree.getName().toString());
            return super.visitVariable(tree, unused);
          }

          @Override
          public Void visitMethod(MethodTree tree, Void unused) {
            tokens.add(tree.getName().toString());
            return super.visitMethod(tree, unused);
          }
        }.scan(unit, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The last part of either package's name as the plain one's, so that the two compare equal. */
  private static String samePackage(String identifier) {
    String hostile = HOSTILE.substring(HOSTILE.lastIndexOf('.') + 1);
    return identifier.equals(hostile) ? PLAIN.substring(PLAIN.lastIndexOf('.') + 1) : identifier;
  }

  /** Whether an expression is string literals joined by {@code +}. */
  private static boolean onlyText(Tree tree) {
    if (tree instanceof LiteralTree literal) {
      return literal.getValue() instanceof String;
    }
    return tree instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS
        && onlyText(binary.getLeftOperand()) && onlyText(binary.getRightOperand());
  }
}

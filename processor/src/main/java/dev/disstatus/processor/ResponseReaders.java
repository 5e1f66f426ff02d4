package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The private types {@link ExceptionsGenerator} nests in the base exception to read a response: {@code HttpDate}
 * for the dates of {@code Retry-After}, {@code JsonMembers} for the JSON of an error body. Both are written for
 * hostile input: they return {@code null} or nothing rather than throw, and take linear time.
 */
final class ResponseReaders {
  private ResponseReaders() {}

  /** {@code HttpDate}: the three HTTP-date forms, through {@code Locale.US} formatters, never throwing. */
  static TypeSpec httpDate(ClassName httpDate) {
    TypeName formatter = ClassName.get(DateTimeFormatter.class);
    return TypeSpec.classBuilder(httpDate)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Reads the three forms of HTTP-date that RFC 9110, section 5.6.7, has recipients accept.\n")
        .addField(FieldSpec.builder(formatter, "IMF_FIXDATE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The preferred form, IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}.\n")
            .initializer("formatter($S)", "EEE, dd MMM uuuu HH:mm:ss 'GMT'")
            .build())
        .addField(FieldSpec.builder(formatter, "ASCTIME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The obsolete form of ANSI C's asctime(): {@code Sun Nov  6 08:49:37 1994}.\n")
            .initializer("formatter($S)", "EEE MMM ppd HH:mm:ss uuuu")
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("parse")
            .addModifiers(Modifier.STATIC)
            .addJavadoc("The instant an HTTP-date names, or {@code null} for anything else. The comma tells the "
                + "forms apart: after\nthe three-letter day name in IMF-fixdate, after the full day name in the "
                + "RFC 850 form, none in asctime.\n")
            .returns(Instant.class)
            .addParameter(String.class, "value")
            .addParameter(Instant.class, "now")
            .addStatement("int comma = value.indexOf(',')")
            .beginControlFlow("try")
            .addStatement("$T form", formatter)
            .beginControlFlow("if (comma == 3)")
            .addStatement("form = IMF_FIXDATE")
            .nextControlFlow("else if (comma > 3)")
            .addStatement("form = rfc850(now)")
            .nextControlFlow("else if (comma < 0)")
            .addStatement("form = ASCTIME")
            .nextControlFlow("else")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("return $T.parse(value, form).toInstant($T.UTC)", LocalDateTime.class, ZoneOffset.class)
            .nextControlFlow("catch ($T | $T e)", DateTimeException.class, IllegalArgumentException.class)
            .addComment("Not a date, or a now so far off that no formatter can be built for it.")
            .addStatement("return null")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("rfc850")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("The obsolete RFC 850 form, {@code Sunday, 06-Nov-94 08:49:37 GMT}. Its two-digit year "
                + "is the one within 50\nyears of now: one that would be more than 50 years ahead is the most "
                + "recent past year with those digits.\n")
            .returns(formatter)
            .addParameter(Instant.class, "now")
            .addStatement("int year = now.atOffset($T.UTC).getYear()", ZoneOffset.class)
            .addStatement("return new $T()$>$>\n.appendPattern($S)\n.appendValueReduced($T.YEAR, 2, 2, year - 49)"
                    + "\n.appendPattern($S)\n.toFormatter($T.US)\n.withResolverStyle($T.STRICT)$<$<",
                DateTimeFormatterBuilder.class, "EEEE, dd-MMM-", ChronoField.class, " HH:mm:ss 'GMT'", Locale.class,
                ResolverStyle.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("formatter")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("A strict, case-sensitive formatter with English day and month names.\n")
            .returns(formatter)
            .addParameter(String.class, "pattern")
            .addStatement("return $T.ofPattern(pattern, $T.US).withResolverStyle($T.STRICT)", formatter, Locale.class,
                ResolverStyle.class)
            .build())
        .build();
  }

  /**
   * {@code JsonMembers}: the string members at the top level of a JSON object, in one pass without recursion,
   * so that no body, however long, deep or broken, can make it throw or overflow the stack.
   */
  static TypeSpec jsonMembers(ClassName jsonMembers) {
    ClassName string = ClassName.get(String.class);
    TypeName stringMap = ParameterizedTypeName.get(ClassName.get(Map.class), string, string);
    TypeName hashMap = ParameterizedTypeName.get(ClassName.get(HashMap.class), string, string);
    return TypeSpec.classBuilder(jsonMembers)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Reads the string members at the top level of a JSON object (RFC 8259) in one pass, nested "
            + "values skipped\nwith a stack of open brackets instead of recursion; a text that is not one whole "
            + "object gives no members.\n")
        .addField(FieldSpec.builder(String.class, "ESCAPED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The characters that stand for one character after a backslash.\n")
            .initializer("$S", "\"\\/bfnrt")
            .build())
        .addField(FieldSpec.builder(String.class, "UNESCAPED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The character each of {@link #ESCAPED} stands for, at the same index.\n")
            .initializer("$L", SourceText.literal("\"\\/\b\f\n\r\t"))
            .build())
        .addField(String.class, "text", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "position", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(String.class, "text")
            .addStatement("this.text = text")
            .build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.STATIC)
            .addJavadoc("The string members of a JSON object, the first of each name; empty for any text that is "
                + "not one.\n")
            .returns(stringMap)
            .addParameter(String.class, "text")
            .addStatement("$T members = new $T()", hashMap, hashMap)
            .beginControlFlow("if (!new $T(text).readMembers(members))", jsonMembers)
            .addStatement("return $T.emptyMap()", Collections.class)
            .endControlFlow()
            .addStatement("return $T.unmodifiableMap(members)", Collections.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("readMembers")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Reads the whole text as one object, keeping its string members; false if it is not "
                + "one.\n")
            .returns(boolean.class)
            .addParameter(stringMap, "members")
            .addStatement("skipWhitespace()")
            .beginControlFlow("if (!consume('{'))")
            .addStatement("return false")
            .endControlFlow()
            .addStatement("skipWhitespace()")
            .beginControlFlow("if (consume('}'))")
            .addStatement("return atEnd()")
            .endControlFlow()
            .beginControlFlow("do")
            .addStatement("skipWhitespace()")
            .addStatement("$T name = readString()", String.class)
            .addStatement("skipWhitespace()")
            .beginControlFlow("if (name == null || !consume(':'))")
            .addStatement("return false")
            .endControlFlow()
            .addStatement("skipWhitespace()")
            .beginControlFlow("if (peek() == '\"')")
            .addStatement("$T value = readString()", String.class)
            .beginControlFlow("if (value == null)")
            .addStatement("return false")
            .endControlFlow()
            .beginControlFlow("if (!members.containsKey(name))")
            .addStatement("members.put(name, value)")
            .endControlFlow()
            .nextControlFlow("else if (!skipValue())")
            .addStatement("return false")
            .endControlFlow()
            .addStatement("skipWhitespace()")
            .endControlFlow("while (consume(','))")
            .addStatement("return consume('}') && atEnd()")
            .build())
        .addMethod(MethodSpec.methodBuilder("skipValue")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Skips a value that is not a string: a number, {@code true}, {@code false}, {@code null}, "
                + "or an array or object\nof any depth, whose brackets must match; false if there is none.\n")
            .returns(boolean.class)
            .addStatement("$T open = new $T()", StringBuilder.class, StringBuilder.class)
            .beginControlFlow("do")
            .addStatement("skipWhitespace()")
            .addStatement("int c = peek()")
            .beginControlFlow("if (c == '{' || c == '[')")
            .addStatement("open.append((char) c)")
            .addStatement("position++")
            .nextControlFlow("else if (c == '}' || c == ']')")
            .addStatement("int last = open.length() - 1")
            .beginControlFlow("if (last < 0 || open.charAt(last) != (c == '}' ? '{' : '['))")
            .addStatement("return false")
            .endControlFlow()
            .addStatement("open.setLength(last)")
            .addStatement("position++")
            .nextControlFlow("else if (c == '\"')")
            .beginControlFlow("if (readString() == null)")
            .addStatement("return false")
            .endControlFlow()
            .nextControlFlow("else if ((c == ',' || c == ':') && open.length() > 0)")
            .addStatement("position++")
            .nextControlFlow("else if (isScalar(c))")
            .beginControlFlow("while (isScalar(peek()))")
            .addStatement("position++")
            .endControlFlow()
            .nextControlFlow("else")
            .addStatement("return false")
            .endControlFlow()
            .endControlFlow("while (open.length() > 0)")
            .addStatement("return true")
            .build())
        .addMethod(MethodSpec.methodBuilder("readString")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Reads a string with every JSON escape; {@code null} if there is none or it is broken "
                + "or unterminated.\n")
            .returns(String.class)
            .beginControlFlow("if (!consume('\"'))")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("$T value = new $T()", StringBuilder.class, StringBuilder.class)
            .beginControlFlow("while (position < text.length())")
            .addStatement("char c = text.charAt(position++)")
            .beginControlFlow("if (c == '\"')")
            .addStatement("return value.toString()")
            .nextControlFlow("else if (c < 0x20)")
            .addComment("A control character must be escaped.")
            .addStatement("return null")
            .nextControlFlow("else if (c != '\\\\')")
            .addStatement("value.append(c)")
            .nextControlFlow("else if (position < text.length() && ESCAPED.indexOf(text.charAt(position)) >= 0)")
            .addStatement("value.append(UNESCAPED.charAt(ESCAPED.indexOf(text.charAt(position++))))")
            .nextControlFlow("else if (position + 5 <= text.length() && text.charAt(position) == 'u')")
            .addStatement("int unit = 0")
            .beginControlFlow("for (int i = position + 1; i < position + 5; i++)")
            .addStatement("int digit = hexDigit(text.charAt(i))")
            .beginControlFlow("if (digit < 0)")
            .addStatement("return null")
            .endControlFlow()
            .addStatement("unit = unit * 16 + digit")
            .endControlFlow()
            .addStatement("value.append((char) unit)")
            .addStatement("position += 5")
            .nextControlFlow("else")
            .addStatement("return null")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return null")
            .build())
        .addMethod(MethodSpec.methodBuilder("hexDigit")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("The value of an ASCII hex digit, -1 for any other character.\n")
            .returns(int.class)
            .addParameter(char.class, "c")
            .beginControlFlow("if (c >= '0' && c <= '9')")
            .addStatement("return c - '0'")
            .endControlFlow()
            .addStatement("char lower = (char) (c | 0x20)")
            .addStatement("return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1")
            .build())
        .addMethod(MethodSpec.methodBuilder("isScalar")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("Whether a character can be part of a number, {@code true}, {@code false} or "
                + "{@code null}; read loosely, as only strings are kept.\n")
            .returns(boolean.class)
            .addParameter(int.class, "c")
            .addStatement("return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')"
                + " || c == '-' || c == '+' || c == '.'")
            .build())
        .addMethod(MethodSpec.methodBuilder("peek")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("The next character, -1 at the end.\n")
            .returns(int.class)
            .addStatement("return position < text.length() ? text.charAt(position) : -1")
            .build())
        .addMethod(MethodSpec.methodBuilder("consume")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Steps over the next character if it is {@code expected}.\n")
            .returns(boolean.class)
            .addParameter(char.class, "expected")
            .beginControlFlow("if (peek() == expected)")
            .addStatement("position++")
            .addStatement("return true")
            .endControlFlow()
            .addStatement("return false")
            .build())
        .addMethod(MethodSpec.methodBuilder("skipWhitespace")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Steps over JSON whitespace: space, tab, line feed, carriage return.\n")
            .addStatement("int c = peek()")
            .beginControlFlow("while (c == ' ' || c == '\\t' || c == '\\n' || c == '\\r')")
            .addStatement("position++")
            .addStatement("c = peek()")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("atEnd")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Whether nothing but whitespace is left.\n")
            .returns(boolean.class)
            .addStatement("skipWhitespace()")
            .addStatement("return position == text.length()")
            .build())
        .build();
  }
}

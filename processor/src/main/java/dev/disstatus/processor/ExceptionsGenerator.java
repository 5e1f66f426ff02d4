package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.disstatus.catalog.ErrorCodeEntry;
import dev.disstatus.catalog.ErrorGuidance;
import dev.disstatus.catalog.Guidance;
import dev.disstatus.catalog.StatusEntry;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the exceptions of one catalog: the abstract base that carries a response and reads it, the client and
 * server error classes below it, and one final class per catalogued code of 400 and above, nested in the class of
 * its series as Spring nests {@code HttpClientErrorException.NotFound}: three files, however many codes.
 *
 * <p>The generated code must compile at {@code --release 8} without warnings, so it uses Java 8 APIs only and
 * no newer syntax; {@code sealed} is added only where the model says the consumer's release has it.
 */
final class ExceptionsGenerator {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName HEADER_VALUES = ParameterizedTypeName.get(List.class, String.class);
  private static final TypeName HEADERS = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, HEADER_VALUES);

  /** The field that keeps what {@code error()} found. */
  private static final String ERROR_FOUND = "errorFound";

  private static final String CODE_PARAM = "the HTTP status code of the response";
  static final String BODY_PARAM = "the response body as text, or {@code null} for none";
  static final String HEADERS_PARAM = "the response headers, or {@code null} for none; entries with a "
      + "{@code null} name (such as {@code HttpURLConnection}'s status line) or {@code null} values are left out";

  private final GenerationModel model;
  private final ClassName base;
  private final ClassName support;

  private final FieldSpec statusCode;
  private final FieldSpec responseBody;
  private final FieldSpec headers;
  private final FieldSpec headerMap;
  private final FieldSpec bodyMembers;
  private final FieldSpec message;

  private ExceptionsGenerator(GenerationModel model) {
    this.model = model;
    this.base = model.baseException();
    this.support = model.support();
    // The serialized fields are documented for javadoc's serialized-form page, which doclint checks.
    this.statusCode = FieldSpec.builder(int.class, "statusCode", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The HTTP status code of the response.\n")
        .build();
    this.responseBody = FieldSpec.builder(String.class, "responseBody", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The response body as received, {@code \"\"} for none.\n")
        .build();
    this.headers = FieldSpec.builder(String[].class, "headers", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The response headers as received: name, value, name, value..., a name without values "
            + "followed by {@code null}.\n")
        .build();
    this.headerMap = FieldSpec.builder(HEADERS, "headerMap", Modifier.PRIVATE, Modifier.TRANSIENT,
            Modifier.VOLATILE)
        .addJavadoc("The headers by name, ignoring case, built when first asked for.\n")
        .build();
    this.bodyMembers = FieldSpec.builder(support.nestedClass("Members"), "bodyMembers",
            Modifier.PRIVATE, Modifier.TRANSIENT, Modifier.VOLATILE)
        .addJavadoc("The body's top-level string members that this class reads, {@link $T#errorMembers}, read "
            + "when first needed.\n", support)
        .build();
    this.message = FieldSpec.builder(String.class, "message", Modifier.PRIVATE, Modifier.TRANSIENT, Modifier.VOLATILE)
        .addJavadoc("The message, built when first asked for.\n")
        .build();
  }

  /** The base exception, then the client and server error exceptions, each with its codes' exceptions nested. */
  static List<GeneratedFiles.SourceFile> generate(GenerationModel model) {
    return new ExceptionsGenerator(model).generate();
  }

  private List<GeneratedFiles.SourceFile> generate() {
    return List.of(GeneratedFiles.SourceFile.of(GeneratedFiles.javaFile(model, baseException())),
        rangeFile(model.clientErrorException(), 400, 499, "client error"),
        rangeFile(model.serverErrorException(), 500, 599, "server error"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // The base exception

  private TypeSpec.Builder baseException() {
    TypeSpec.Builder type = TypeSpec.classBuilder(base)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .superclass(RuntimeException.class);
    addBaseJavadoc(type);
    if (model.sealedTypes()) {
      type.addModifiers(Modifier.SEALED)
          .addPermittedSubclass(model.clientErrorException())
          .addPermittedSubclass(model.serverErrorException());
    }
    addState(type);
    addResponseAccessors(type);
    addRetryAfter(type);
    addRetryable(type);
    addErrorFields(type);
    addErrorCodeLookup(type);
    addMessage(type);
    addSerialization(type);
    return type;
  }

  private void addBaseJavadoc(TypeSpec.Builder type) {
    type.addJavadoc("4xx and 5xx, the error statuses of $L: the base of every exception for one. It "
            + "carries the response's status code, body and headers, and reads from them the error code, the "
            + "request id, {@code Retry-After} and whether the catalog says the request may be retried.\n",
            GeneratedFiles.sourceDocument(model))
        .addJavadoc("\n<p>Every 4xx status is a {@link $T} and every 5xx status a {@link $T}; each code of 400 and "
            + "above that the catalog lists\nhas a final class of its own nested in the one of its series, so a "
            + "{@code catch} clause can pick the statuses it handles.\n", model.clientErrorException(),
            model.serverErrorException())
        .addJavadoc("\n<p>Instances are immutable, safe to share between threads, and serializable. The body is "
            + "read as JSON at most once, when\nfirst needed; a body that is not JSON is kept as it is and never "
            + "makes a method throw.\n");
    if (!model.stackTraces()) {
      type.addJavadoc("\n<p>These exceptions record no stack trace and drop suppressed exceptions "
          + "({@code stackTraces = false}), so creating one\nis cheap: the status code, body and headers say "
          + "what happened.\n");
    }
    type.addJavadoc("\n").addJavadoc(GeneratedFiles.generatedFrom(model));
  }

  /** The state and the constructor that fills it. */
  private void addState(TypeSpec.Builder type) {
    type.addField(serialVersionUid())
        .addField(statusCode)
        .addField(responseBody)
        .addField(headers)
        .addField(headerMap)
        .addField(bodyMembers)
        .addField(message);

    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PROTECTED)
        .addJavadoc("Creates the exception for a response.\n\n")
        .addJavadoc("@param statusCode $L\n@param responseBody $L\n@param headers $L\n",
            CODE_PARAM, BODY_PARAM, HEADERS_PARAM)
        .addParameter(int.class, "statusCode")
        .addParameter(String.class, "responseBody")
        .addParameter(HEADERS, "headers")
        .addComment("No message of its own: getMessage() builds it from the response when first asked for.")
        .addStatement("super(null, null, $L, $L)", model.stackTraces(), model.stackTraces())
        .addStatement("this.$N = statusCode", statusCode)
        .addStatement("this.$N = responseBody == null ? $S : responseBody", responseBody, "")
        .addStatement("this.$N = $T.copyHeaders(headers)", headers, support)
        .build());
  }

  /**
   * Serialization through a proxy (Effective Java, item 90), as {@code java.time} does it: an exception is
   * written as its response and its class, and read back through the constructor or the dispatcher, so that a
   * stream can hold nothing the constructors would not build; a stream of the exception itself is refused.
   */
  private void addSerialization(TypeSpec.Builder type) {
    ClassName form = base.nestedClass("SerializedForm");
    type.addMethod(MethodSpec.methodBuilder("writeReplace")
        // Package-private, so that it applies to every generated subclass (a private one would not be inherited).
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Serializes this exception as its response and class, which are read back through the "
            + "constructors.\n\n@return the serialized form of this exception\n")
        .returns(Object.class)
        .addStatement("return new $T(this)", form)
        .build());
    type.addMethod(MethodSpec.methodBuilder("readObject")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Refuses a stream of the exception itself: only its serialized form is read.\n\n"
            + "@param in the stream to read from\n"
            + "@throws InvalidObjectException always\n")
        .addParameter(ObjectInputStream.class, "in")
        .addException(InvalidObjectException.class)
        .addStatement("throw new $T($S)", InvalidObjectException.class,
            "a status exception is read only through its serialized form")
        .build());

    FieldSpec exceptionClass = FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Class.class),
            WildcardTypeName.subtypeOf(Object.class)), "exceptionClass", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The class of the exception.\n")
        .build();
    FieldSpec code = FieldSpec.builder(int.class, "statusCode", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The HTTP status code of the response.\n")
        .build();
    FieldSpec body = FieldSpec.builder(String.class, "responseBody", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The response body.\n")
        .build();
    FieldSpec headerPairs = FieldSpec.builder(String[].class, "headers", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The response headers as name, value, name, value...\n")
        .build();
    FieldSpec stackTrace = FieldSpec.builder(StackTraceElement[].class, "stackTrace", Modifier.PRIVATE,
            Modifier.FINAL)
        .addJavadoc("The stack trace, empty where none is recorded.\n")
        .build();
    FieldSpec suppressed = FieldSpec.builder(Throwable[].class, "suppressed", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The suppressed exceptions, empty where none are kept.\n")
        .build();
    type.addType(TypeSpec.classBuilder(form)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(Serializable.class)
        .addJavadoc("The serialized form of every status exception: its class and response, read back through "
            + "the constructor the class\nhas for that response, so that a stream holds nothing the "
            + "constructors would not build.\n")
        .addField(serialVersionUid())
        .addField(exceptionClass)
        .addField(code)
        .addField(body)
        .addField(headerPairs)
        .addField(stackTrace)
        .addField(suppressed)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(base, "exception")
            .addStatement("this.$N = exception.getClass()", exceptionClass)
            .addStatement("this.$N = exception.$N", code, statusCode)
            .addStatement("this.$N = exception.$N", body, responseBody)
            .addStatement("this.$N = exception.$N", headerPairs, headers)
            .addStatement("this.$N = exception.getStackTrace()", stackTrace)
            .addStatement("this.$N = exception.getSuppressed()", suppressed)
            .build())
        .addMethod(MethodSpec.methodBuilder("readObject")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Reads the fields, refusing values of the wrong type.\n\n"
                + "@param in the stream to read from\n"
                + "@throws IOException if the stream cannot be read or holds a value of the wrong type\n"
                + "@throws ClassNotFoundException if a class of the serialized state cannot be found\n")
            .addParameter(ObjectInputStream.class, "in")
            .addException(IOException.class)
            .addException(ClassNotFoundException.class)
            .beginControlFlow("try")
            .addStatement("in.defaultReadObject()")
            .nextControlFlow("catch ($T | $T e)", ClassCastException.class, ArrayStoreException.class)
            .addStatement("throw new $T(e.toString())", InvalidObjectException.class)
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("readResolve")
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Builds the exception anew through its constructor, refusing a class that is not the one "
                + "the code has.\n\n@return the exception\n"
                + "@throws InvalidObjectException if no constructor builds this class for this response\n")
            .returns(Object.class)
            .addException(InvalidObjectException.class)
            .addStatement("$T<$T, $T> responseHeaders = $T.headersOf($N)", Map.class, String.class, HEADER_VALUES,
                support, headerPairs)
            .addStatement("$T exception", base)
            .beginControlFlow("try")
            .beginControlFlow("if ($N == $T.class)", exceptionClass, model.clientErrorException())
            .addStatement("exception = new $T($N, $N, responseHeaders)", model.clientErrorException(), code, body)
            .nextControlFlow("else if ($N == $T.class)", exceptionClass, model.serverErrorException())
            .addStatement("exception = new $T($N, $N, responseHeaders)", model.serverErrorException(), code, body)
            .nextControlFlow("else")
            .addStatement("exception = $T.exceptionFor($N, $N, responseHeaders)", model.dispatcher(), code, body)
            .endControlFlow()
            .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
            .addStatement("throw new $T(e.getMessage())", InvalidObjectException.class)
            .endControlFlow()
            .beginControlFlow("if (exception.getClass() != $N)", exceptionClass)
            .addStatement("throw new $T($S + $N + $S + $N)", InvalidObjectException.class,
                "status ", code, " is not reported by ", exceptionClass)
            .endControlFlow()
            .addStatement("$T.restoreTrace(exception, $N, $N)", support, stackTrace, suppressed)
            .addStatement("return exception")
            .build())
        .build());
  }

  private void addResponseAccessors(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("statusCode")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the response's HTTP status code, whether or not the status catalog lists it.\n\n"
            + "@return the status code\n")
        .returns(int.class)
        .addStatement("return $N", statusCode)
        .build());
    type.addMethod(MethodSpec.methodBuilder("status")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the catalog's status for the code, if the catalog lists it.\n\n"
            + "@return the status, or empty for a code the catalog does not list\n")
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), model.statusEnum()))
        .addStatement("return $T.find($N)", model.statusEnum(), statusCode)
        .build());
    type.addMethod(MethodSpec.methodBuilder("responseBody")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the response body exactly as received.\n\n"
            + "@return the body, {@code \"\"} when there was none; never {@code null}\n")
        .returns(String.class)
        .addStatement("return $N", responseBody)
        .build());
    type.addMethod(MethodSpec.methodBuilder("headers")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the response headers. Names are looked up ignoring case, so {@code get(\"retry-after\")} "
            + "finds {@code Retry-After}.\n\n"
            + "@return the headers, unmodifiable, each with its values in the order received\n")
        .returns(HEADERS)
        .addStatement("$T map = $N", HEADERS, headerMap)
        .beginControlFlow("if (map == null)")
        .addStatement("map = $T.unmodifiableMap($T.headerMap($N))", Collections.class, support, headers)
        .addStatement("$N = map", headerMap)
        .endControlFlow()
        .addStatement("return map")
        .build());
    type.addMethod(MethodSpec.methodBuilder("header")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the first value of a response header.\n\n"
            + "@param name the header name, in any case\n"
            + "@return the header's first value, or empty if the response has no such header\n"
            + "@throws NullPointerException if {@code name} is {@code null}\n")
        .returns(ParameterizedTypeName.get(Optional.class, String.class))
        .addParameter(String.class, "name")
        .addStatement("return $T.ofNullable($T.firstValue($N, $T.requireNonNull(name, $S)))", Optional.class,
            support, headers, Objects.class, "name")
        .build());
    type.addMethod(MethodSpec.methodBuilder("requestId")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the id the service gave the request, to quote when asking its support about it: the "
            + "{@code X-Request-Id} header,\nor else the {@code request_id} of an API gateway error body.\n\n"
            + "@return the request id, or empty if the response has none\n")
        .returns(ParameterizedTypeName.get(Optional.class, String.class))
        .addStatement("$T header = header($S)", ParameterizedTypeName.get(Optional.class, String.class),
            "X-Request-Id")
        .addStatement("return header.isPresent() ? header$W: $T.ofNullable(bodyMember($T.REQUEST_ID, $T.REQUEST_ID))",
            Optional.class, support, support)
        .build());
  }

  /** {@code Retry-After} (RFC 9110, section 10.2.3): delta-seconds or an HTTP-date, read without ever throwing. */
  private void addRetryAfter(TypeSpec.Builder type) {
    TypeName optionalDuration = ParameterizedTypeName.get(Optional.class, Duration.class);
    type.addMethod(MethodSpec.methodBuilder("retryAfter")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns how long to wait before retrying, from the response's {@code Retry-After} header; "
            + "see {@link #retryAfter(Instant)}.\n\n"
            + "@return the time to wait from now, or empty if the header is missing or unreadable\n")
        .returns(optionalDuration)
        .addStatement("return retryAfter($T.now())", Instant.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("retryAfter")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns how long to wait before retrying, counted from {@code now}, from the response's "
            + "{@code Retry-After} header\n(RFC 9110, section 10.2.3). The header holds either delta-seconds, "
            + "such as {@code 120}, which a value too large to\nrepresent caps at 2^31 seconds, or an HTTP-date "
            + "in any of the three forms RFC 9110 has recipients accept:\n"
            + "{@code Sun, 06 Nov 1994 08:49:37 GMT}, {@code Sunday, 06-Nov-94 08:49:37 GMT} (a two-digit year "
            + "that would put the date\nmore than 50 years ahead means the century before) and "
            + "{@code Sun Nov  6 08:49:37 1994}, with a four-digit year\nwhere the form has one; a leap second, "
            + "{@code 23:59:60}, counts as {@code 23:59:59}. A date already past gives zero.\nAnything else (a "
            + "negative number, a malformed date, an empty value) gives empty.\n\n"
            + "@param now the time the wait counts from, usually when the response arrived\n"
            + "@return the time to wait, never negative, or empty if the header is missing or unreadable\n"
            + "@throws NullPointerException if {@code now} is {@code null}\n")
        .returns(optionalDuration)
        .addParameter(Instant.class, "now")
        .addStatement("$T.requireNonNull(now, $S)", Objects.class, "now")
        .addStatement("$T header = header($S)", ParameterizedTypeName.get(Optional.class, String.class),
            "Retry-After")
        .beginControlFlow("if (!header.isPresent())")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .addStatement("return $T.ofNullable($T.retryAfter(header.get(), now))", Optional.class, support)
        .build());
  }

  /** {@code isRetryable()}: what the catalog's guidance for the status allows, decided per guidance below. */
  private void addRetryable(TypeSpec.Builder type) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("isRetryable")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns whether the status catalog says the same request may be sent again:\n\n<ul>\n")
        .returns(boolean.class);
    if (model.catalog().errorCodes().isPresent()) {
      // The body's error code, where the document gives it guidance, says more than the status: 400 is both
      // DIS.4303 (back off and send again) and DIS.4301 (the stream does not exist).
      ClassName errorGuidance = model.errorCodeEnum().nestedClass(ReservedJavaNames.ERROR_GUIDANCE_ENUM);
      method.addJavadoc("  <li>where the body's error code has guidance of its own ({@link #error()}): {@code true}"
              + " for {@link $T#$N}, {@code false} for the others, whatever the status says\n",
              errorGuidance, ErrorGuidance.RETRY_WITH_BACKOFF.name())
          .addStatement("$T errorGuidance = error().flatMap($T::guidance)",
              ParameterizedTypeName.get(ClassName.get(Optional.class), errorGuidance), model.errorCodeEnum())
          .beginControlFlow("if (errorGuidance.isPresent())")
          .addStatement("return errorGuidance.get() == $T.$N", errorGuidance, ErrorGuidance.RETRY_WITH_BACKOFF.name())
          .endControlFlow();
      method.addJavadoc("  <li>otherwise, by the status:\n");
    }
    CodeBlock.Builder byStatus = CodeBlock.builder();
    for (Guidance guidance : Guidance.values()) {
      List<String> guided = model.catalog().statuses().stream()
          .filter(entry -> entry.guidance().equals(Optional.of(guidance)))
          .map(entry -> entry.code() + " " + SourceText.javadoc(entry.name()))
          .toList();
      // Only the guidance the catalog uses is named: the status enum need not declare the others.
      if (!guided.isEmpty()) {
        method.addJavadoc("  <li>$L for $L, where the catalog says &quot;$L&quot;\n", retryRule(guidance),
            String.join(", ", guided), SourceText.javadoc(guidance.meaning()));
        retryCheck(guidance).ifPresent(check -> byStatus
            .beginControlFlow("if (guidance.isPresent() && guidance.get() == $T.$N)", model.guidanceEnum(),
                guidance.name())
            .addStatement("return $L", check)
            .endControlFlow());
      }
    }
    if (!byStatus.isEmpty()) {
      // The status is looked up only where the error code has not decided, and only if some guidance allows a retry.
      method.addStatement("$T guidance = status().flatMap($T::guidance)",
              ParameterizedTypeName.get(ClassName.get(Optional.class), model.guidanceEnum()), model.statusEnum())
          .addCode(byStatus.build());
    }
    type.addMethod(method
        .addJavadoc("  <li>{@code false} for a status the catalog gives no guidance for, and for a code it does "
            + "not list.\n</ul>\n\n@return whether the request may be retried as it is\n")
        .addStatement("return false")
        .build());
  }

  /** The expression that decides a retry under a guidance, if the guidance allows one at all. */
  private static Optional<CodeBlock> retryCheck(Guidance guidance) {
    return switch (guidance) {
      case MODIFY_REQUEST -> Optional.empty();
      case RETRY_UNCHANGED -> Optional.of(CodeBlock.of("true"));
      case RETRY_AFTER -> Optional.of(CodeBlock.of("retryAfter().isPresent()"));
    };
  }

  /** {@link #retryCheck} in words, for the Javadoc. */
  private static String retryRule(Guidance guidance) {
    return switch (guidance) {
      case MODIFY_REQUEST -> "{@code false}";
      case RETRY_UNCHANGED -> "{@code true}";
      case RETRY_AFTER -> "whether the response has a readable {@link #retryAfter() Retry-After} header";
    };
  }

  /** The error fields of the body (Huawei Cloud's and its API gateway's), read from its JSON once. */
  private void addErrorFields(TypeSpec.Builder type) {
    TypeName optionalString = ParameterizedTypeName.get(Optional.class, String.class);
    type.addMethod(MethodSpec.methodBuilder("errorCode")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the error code in the body: the {@code errorCode} of an error such as\n"
            + "{@code {\"errorCode\":\"...\",\"message\":\"...\"}}, or else the "
            + "{@code error_code} of an API gateway error\nsuch as {@code {\"error_code\":\"APIGW.0301\","
            + "\"error_msg\":\"...\",\"request_id\":\"...\"}}.\n\n"
            + "@return the error code, or empty if the body is not a JSON object with one as a string\n")
        .returns(optionalString)
        .addStatement("return $T.ofNullable($L)", Optional.class, errorCodeMember())
        .build());
    type.addMethod(MethodSpec.methodBuilder("errorMessage")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the error message in the body: the {@code message} of an error, or else the "
            + "{@code error_msg} of an API\ngateway error; see {@link #errorCode()}.\n\n"
            + "@return the error message, or empty if the body is not a JSON object with one as a string\n")
        .returns(optionalString)
        .addStatement("return $T.ofNullable(bodyMember($T.MESSAGE, $T.GATEWAY_MESSAGE))", Optional.class, support,
            support)
        .build());
    type.addMethod(MethodSpec.methodBuilder("bodyMember")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("The body's top-level string member {@code name}, or else its member {@code orElse}, by their "
            + "indexes in\n{@link $T#errorMembers}; {@code null} if it has neither.\n", support)
        .returns(String.class)
        .addParameter(int.class, "name")
        .addParameter(int.class, "orElse")
        .addStatement("return bodyMembers().value(name, orElse)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("bodyMembers")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("The body's members that this class reads, read the first time one is asked for.\n")
        .returns(bodyMembers.type())
        .addStatement("$T members = $N", bodyMembers.type(), bodyMembers)
        .beginControlFlow("if (members == null)")
        .addStatement("members = $T.errorMembers($N)", support, responseBody)
        .addStatement("$N = members", bodyMembers)
        .endControlFlow()
        .addStatement("return members")
        .build());
  }

  /** The body's error code, Huawei Cloud's or else its API gateway's, as a {@code String} that may be null. */
  private CodeBlock errorCodeMember() {
    return CodeBlock.of("bodyMember($T.ERROR_CODE, $T.GATEWAY_ERROR_CODE)", support, support);
  }

  /**
   * {@code error()} and {@code is(code)}, where the catalog has error codes: the body's error code as the generated
   * enum's constant, and the one-line test a {@code catch} clause makes of it.
   */
  private void addErrorCodeLookup(TypeSpec.Builder type) {
    if (model.catalog().errorCodes().isEmpty()) {
      return;
    }
    // isRetryable() asks error() too, and a client that switches on error() then asks isRetryable().
    type.addField(FieldSpec.builder(optionalErrorCode(), ERROR_FOUND, Modifier.PRIVATE, Modifier.TRANSIENT,
            Modifier.VOLATILE)
        .addJavadoc("The body's error code as the constant of {@link $T}, looked up when first asked for.\n",
            model.errorCodeEnum())
        .build());
    type.addMethod(MethodSpec.methodBuilder("error")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the body's error code ({@link #errorCode()}) as the constant of {@link $T}, where the "
            + "document lists it.\n\n@return the constant, or empty if the body has no error code or one the "
            + "document does not list\n", model.errorCodeEnum())
        .returns(optionalErrorCode())
        .addStatement("$T found = $N", optionalErrorCode(), ERROR_FOUND)
        .beginControlFlow("if (found == null)")
        // Looked up where it stands in the body, so that no copy of it is made.
        .addStatement("$T members = bodyMembers()", bodyMembers.type())
        .addStatement("int code = members.either($T.ERROR_CODE, $T.GATEWAY_ERROR_CODE)", support, support)
        .addStatement("found = $T.find(members.text(), members.start(code), members.end(code))",
            model.errorCodeEnum())
        .addStatement("$N = found", ERROR_FOUND)
        .endControlFlow()
        .addStatement("return found")
        .build());
    type.addMethod(MethodSpec.methodBuilder("is")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns whether the body's error code ({@link #error()}) is this one, so that one line singles "
            + "an error code out\nin the {@code catch} clause of its status$L\n\n", catchExample()
                .map(example -> ":\n\n<pre>{@code\n" + example + "}</pre>")
                .orElse("."))
        .addJavadoc("@param code the error code to look for\n"
            + "@return {@code true} if the body carries this error code; {@code false} for another one, one the "
            + "document does not list,\nor a body without one\n"
            + "@throws NullPointerException if {@code code} is {@code null}\n")
        .returns(boolean.class)
        .addParameter(model.errorCodeEnum(), "code")
        // A null would otherwise match every body without a listed code, which no caller means.
        .addStatement("$T.requireNonNull(code, $S)", Objects.class, "code")
        .addStatement("return error().orElse(null) == code")
        .build());
  }

  /** {@code Optional<DisErrorCode>}, what {@code error()} returns. */
  private TypeName optionalErrorCode() {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), model.errorCodeEnum());
  }

  /**
   * The {@code catch} clause {@code is}'s Javadoc shows, for the catalog's first error code that may be sent again
   * after backing off (flow control, DIS.4303 in DIS's), else its first; for the next one if its names make a
   * line too long for the Javadoc, and none if all do.
   */
  private Optional<String> catchExample() {
    List<ErrorCodeEntry> entries = new ArrayList<>(model.catalog().errorCodes().orElseThrow().entries());
    Optional<ErrorGuidance> backOff = Optional.of(ErrorGuidance.RETRY_WITH_BACKOFF);
    // A stable sort: document order within each group.
    entries.sort(Comparator.comparing(entry -> !entry.guidance().equals(backOff)));
    for (ErrorCodeEntry entry : entries) {
      String catchLine = "catch (" + exceptionNameOf(entry.status()) + " e) {";
      String ifLine = "  if (e.is(" + model.errorCodeEnum().simpleName() + "." + entry.constantName() + ")) {";
      // The Javadoc of a method of a top-level class: "   * " before each line, 100 columns in all.
      if (Math.max(catchLine.length(), ifLine.length()) <= SourceLayout.JAVADOC_WIDTH - "   * ".length()) {
        return Optional.of(catchLine + "\n" + ifLine + "\n    ...\n  }\n}\n");
      }
    }
    return Optional.empty();
  }

  /**
   * The exception a status code's responses get, as a user writes its name in this package:
   * {@code DisClientErrorException.BadRequest} for a catalogued code, else the class of its range.
   */
  private String exceptionNameOf(int code) {
    ClassName exception = model.errorEntries().stream()
        .filter(entry -> entry.code() == code)
        .findFirst()
        .map(model::exceptionOf)
        .orElse(model.names().seriesOf(code));
    return String.join(".", exception.simpleNames());
  }

  /** {@code getMessage()}: status, the catalog's words and the body's error on one line, built once. */
  private void addMessage(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("getMessage")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns one line saying what went wrong: the status code, the catalog's name and description "
            + "of it and the error\ncode and message from the body, such as\n"
            + "{@code 404 NotFound: The requested resource could not be found. [error code: error message]}"
            + ".\n$L\n@return the message, never {@code null}\n", model.catalog().errorCodes()
                .map(table -> table.entries().get(0))
                .map(entry -> "\n<p>Where the document lists the error code ({@link #error()}), its solution follows: "
                    + SourceText.javadoc("... [" + entry.code() + ": " + entry.message() + "] Solution: "
                    + entry.solution()) + "\n")
                .orElse(""))
        .returns(String.class)
        .addStatement("$T text = $N", String.class, message)
        .beginControlFlow("if (text == null)")
        .addStatement("text = $T.oneLine(describeStatus()) + describeError()", support)
        .addStatement("$N = text", message)
        .endControlFlow()
        .addStatement("return text")
        .build());
    type.addMethod(MethodSpec.methodBuilder("describeStatus")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("The code with the catalog's name and description, paragraphs joined by a space.\n")
        .returns(String.class)
        .addStatement("$T status = status()", ParameterizedTypeName.get(ClassName.get(Optional.class),
            model.statusEnum()))
        .beginControlFlow("if (!status.isPresent())")
        .addStatement("return $N + $L", statusCode,
            SourceText.wrappedLiteral(": not in " + GeneratedFiles.catalogTitle(model)))
        .endControlFlow()
        // SourceText.literal, as JavaPoet's $S would split "\n\n" into two literals.
        .addStatement("return $N + $S + status.get().reasonPhrase() + $S + status.get().description().replace($L, $S)",
            statusCode, " ", ": ", SourceText.literal("\n\n"), " ")
        .build());
    type.addMethod(MethodSpec.methodBuilder("describeError")
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("The body's error code and message in brackets, led by a space; empty when it has neither.\n")
        .returns(String.class)
        .addStatement("$T code = $T.oneLine(errorCode().orElse($S))", String.class, support, "")
        .addStatement("$T text = $T.oneLine(errorMessage().orElse($S))", String.class, support, "")
        .beginControlFlow("if (code.isEmpty() && text.isEmpty())")
        .addStatement("return $S", "")
        .endControlFlow()
        .addStatement("return $S + code + (code.isEmpty() || text.isEmpty() ? $S : $S) + text + $S$L",
            " [", "", ": ", "]", model.catalog().errorCodes().isPresent()
                ? CodeBlock.of(" +$Werror().map(e ->$W$S + $T.oneLine(e.solution())).orElse($S)", " Solution: ",
                    support, "")
                : CodeBlock.of(""))
        .build());
  }

  // ---------------------------------------------------------------------------------------------------------
  // The client and server error exceptions, and one exception per catalogued error code

  /**
   * The file of {@link #rangeException}: JavaPoet's text of the class with a stand-in for each nested class, the
   * stand-ins replaced by the classes {@link CodeExceptionsWriter} writes.
   */
  private GeneratedFiles.SourceFile rangeFile(ClassName name, int low, int high, String kind) {
    List<StatusEntry> own = ownEntries(name);
    String source = GeneratedFiles.javaFile(model, rangeException(name, own, low, high, kind)).toString();
    // The stand-ins are the last members, each "\n  class Name {\n  }\n", before the class's closing "}\n".
    String standIns = own.stream().map(entry -> "\n  class " + entry.typeName() + " {\n  }\n")
        .collect(Collectors.joining("", "", "}\n"));
    if (!source.endsWith(standIns)) {
      throw new IllegalStateException("JavaPoet wrote " + name.simpleName() + " in a shape not foreseen");
    }
    String head = source.substring(0, source.length() - standIns.length());
    String nested = new CodeExceptionsWriter(model, name, own).write();
    return new GeneratedFiles.SourceFile(name.canonicalName(), SourceLayout.format(head + nested + "}\n"));
  }

  /** The catalogued codes whose classes are nested in a series exception, in catalog order. */
  private List<StatusEntry> ownEntries(ClassName series) {
    return model.errorEntries().stream().filter(entry -> model.parentOf(entry).equals(series)).toList();
  }

  /**
   * {@code DisClientErrorException} or {@code DisServerErrorException}: one range of codes, checked, with a
   * stand-in for the class of each of its own entries.
   */
  private TypeSpec.Builder rangeException(ClassName name, List<StatusEntry> own, int low, int high, String kind) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .superclass(base)
        .addJavadoc("$L to $L, $L: thrown for every HTTP status code in this range.\n", low, high, kind);
    if (own.isEmpty()) {
      type.addModifiers(Modifier.FINAL)
          .addJavadoc("\n<p>$L lists no code in this range, so every one of them is reported by this class.\n",
              capitalized(GeneratedFiles.sourceDocument(model)));
    } else {
      type.addJavadoc("\n<p>Each code in this range that $L lists has a final class of its own, nested in and "
          + "extending this one:\n\n<ul>\n", GeneratedFiles.sourceDocument(model));
      // One text rather than a $T per entry (JavaPoet formats each twice). JavaPoet writes a type's own Javadoc
      // before it knows the nested classes, so it named each of them Series.Name there, as this does.
      StringBuilder list = new StringBuilder();
      for (StatusEntry entry : own) {
        list.append("  <li>{@link ").append(String.join(".", model.exceptionOf(entry).simpleNames())).append("}: ")
            .append(entry.code()).append(' ').append(SourceText.javadoc(entry.name())).append('\n');
      }
      type.addJavadoc("$L", list);
      type.addJavadoc("</ul>\n\n<p>A code in this range that the catalog does not list is reported by this class "
          + "itself.\n");
      if (model.sealedTypes()) {
        type.addModifiers(Modifier.SEALED);
        own.forEach(entry -> type.addPermittedSubclass(model.exceptionOf(entry)));
      }
      // Stand-ins, so that JavaPoet names every type in this file as the nested classes require; rangeFile
      // replaces them with the classes, written as text.
      own.forEach(entry -> type.addType(TypeSpec.classBuilder(model.exceptionOf(entry)).build()));
    }
    type.addJavadoc("\n").addJavadoc(GeneratedFiles.generatedFrom(model));
    String range = "status " + low + " to " + high;
    return type.addField(serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the exception for a response with a $L.\n\n", kind)
            .addJavadoc("@param statusCode $L, $L\n@param responseBody $L\n@param headers $L\n",
                CODE_PARAM, low + " to " + high, BODY_PARAM, HEADERS_PARAM)
            .addJavadoc("@throws IllegalArgumentException if {@code statusCode} is not from $L to $L\n", low, high)
            .addParameter(int.class, "statusCode")
            .addParameter(String.class, "responseBody")
            .addParameter(HEADERS, "headers")
            .addStatement("super(inRange(statusCode), responseBody, headers)")
            .build())
        .addMethod(MethodSpec.methodBuilder("inRange")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addJavadoc("The code, checked to be a $L before the exception is built.\n", kind)
            .returns(int.class)
            .addParameter(int.class, "statusCode")
            .beginControlFlow("if (statusCode < $L || statusCode > $L)", low, high)
            .addStatement("throw new $T($S + statusCode$W+ $L)", IllegalArgumentException.class,
                "HTTP status ", SourceText.wrappedLiteral(" is not a " + kind + " (" + range
                    + "); use the exception for its range"))
            .endControlFlow()
            .addStatement("return statusCode")
            .build());
  }

  /** Text with its first letter upper case, to start a sentence. */
  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }
}

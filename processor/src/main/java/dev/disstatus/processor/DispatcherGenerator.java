package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.StatusEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the dispatcher ({@code DisStatusDispatcher}): a {@code switch} over the int code with one case per
 * catalog error code, from a response to the exception that describes it.
 *
 * <p>Written as text ({@link JavaText}), exactly as JavaPoet would write it, as the status enum is: every type of
 * another package is named through {@link JavaText#name}, so that one the consumer's package hides is written in
 * full.
 */
final class DispatcherGenerator {
  private static final ClassName HTTP_RESPONSE = ClassName.get("java.net.http", "HttpResponse");
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName LIST = ClassName.get(List.class);

  /**
   * The entry point for a body already parsed. A name of its own, not an {@code exceptionFor} overload: there,
   * {@code exceptionFor(400, "DIS.4303", null)} would pass the error code as the body.
   */
  private static final String PARSED_BODY = "exceptionForParsedBody";

  private static final String HEADERS_DOC = "@param headers the response headers, or {@code null}\n";
  /** The Javadoc of the body and header parameters of {@code exceptionFor} and {@code throwIfError}. */
  private static final String BODY_AND_HEADERS = "@param body the response body, or {@code null}\n" + HEADERS_DOC;

  private final GenerationModel model;
  private final JavaText text;
  /** How the file names the types it uses. */
  private final String baseException;
  private final String clientError;
  private final String serverError;
  private final String string;
  /** The type of the header maps, {@code Map<String, List<String>>}. */
  private final String headers;

  private DispatcherGenerator(GenerationModel model) {
    this.model = model;
    this.text = new JavaText(model.dispatcher(), Set.of(), model.namesToQualify());
    this.baseException = text.name(model.baseException());
    this.clientError = text.name(model.clientErrorException());
    this.serverError = text.name(model.serverErrorException());
    this.string = text.name(ClassName.get(String.class));
    this.headers = text.name(MAP) + "<" + string + ", " + text.name(LIST) + "<" + string + ">>";
  }

  static GeneratedFiles.SourceFile generate(GenerationModel model) {
    return new DispatcherGenerator(model).generate();
  }

  private GeneratedFiles.SourceFile generate() {
    addTypeHead();
    addPrivateConstructor();
    addExceptionFor();
    addThrowIfError();
    addExceptionForParsedBody();
    if (model.httpClientAdapter()) {
      addHttpResponseAdapters();
    }
    text.line(0, "}");
    return new GeneratedFiles.SourceFile(model.dispatcher().canonicalName(), text.toString());
  }

  private void addTypeHead() {
    List<ClassName> used = new ArrayList<>(List.of(MAP, LIST));
    if (model.httpClientAdapter()) {
      used.add(HTTP_RESPONSE);
    }
    GeneratedFiles.openType(model, text, used,
        "4xx and 5xx of " + GeneratedFiles.sourceDocument(model) + ": turns an HTTP error response into the "
            + "exception that describes it.\n\n"
            + "<p>Each code the catalog lists from 400 up has an exception class of its own, nested in "
            + "{@link " + clientError + "} or {@link " + serverError + "}; any other 4xx code gives a {@code "
            + clientError + "}, any other 5xx code a {@code " + serverError + "}. A {@code null} body or header map "
            + "counts as empty.\n\n"
            + GeneratedFiles.generatedFromText(model),
        "public final class " + model.dispatcher().simpleName());
  }

  private void addPrivateConstructor() {
    text.line(1, "private " + model.dispatcher().simpleName() + "() {")
        .line(1, "}");
  }

  private void addExceptionFor() {
    text.line(0, "")
        .javadoc(1, "Returns the exception for an error response, without throwing it.\n\n"
            + "@param code the response's status code, 400 to 599\n"
            + BODY_AND_HEADERS
            + returnsAndThrows())
        .signature(1, "public static " + baseException + " exceptionFor",
            List.of("int code", string + " body", headers + " headers"))
        .line(2, "switch (code) {");
    for (StatusEntry entry : model.errorEntries()) {
      text.line(3, "case " + entry.code() + ": return new " + text.name(model.exceptionOf(entry))
          + "(body, headers);");
    }
    text.line(3, "default:")
        .line(4, "if (code >= 400 && code <= 499) {")
        .line(5, "return new " + clientError + "(code, body, headers);")
        .line(4, "}")
        .line(4, "if (code >= 500 && code <= 599) {")
        .line(5, "return new " + serverError + "(code, body, headers);")
        .line(4, "}")
        .wrappedLine(4, "throw new " + text.name(ClassName.get(IllegalArgumentException.class))
            + "(\"HTTP status code \" + code" + JavaText.WRAP + "+ "
            + SourceText.wrappedLiteralText(" is not an error: only 4xx and 5xx responses have an exception") + ");")
        .line(2, "}")
        .line(1, "}");
  }

  private void addThrowIfError() {
    text.line(0, "")
        .javadoc(1, "Throws the exception for an error response (4xx or 5xx) and returns for any other code.\n\n"
            + "@param code the response's status code\n"
            + BODY_AND_HEADERS
            + "@throws " + baseException + " the exception {@link #exceptionFor(int, String, Map)} gives, if the "
            + "code is from 400 to 599\n")
        .signature(1, "public static void throwIfError", List.of("int code", string + " body", headers + " headers"))
        .line(2, "if (code >= 400 && code <= 599) {")
        .line(3, "throw exceptionFor(code, body, headers);")
        .line(2, "}")
        .line(1, "}");
  }

  /**
   * {@code exceptionForParsedBody}: for clients that hand over a body already parsed into its members. The
   * members are written back as a body ({@code StatusSupport.errorBody}) for {@code exceptionFor}, so that the
   * exception is exactly the one that body gives: one way to read an error, whichever way it came.
   */
  private void addExceptionForParsedBody() {
    text.line(0, "")
        .javadoc(1, "Returns the exception for an error response whose body the caller has already parsed, as "
            + "client libraries report an\nerror: its status, error code, error message and request id.\n\n"
            + "<p>It is the exception {@link #exceptionFor(int, String, Map)} gives for the same code and "
            + "headers and a body carrying\nthe values, {@code {\"error_code\":\"...\",\"error_msg\":\"...\","
            + "\"request_id\":\"...\"}}, with a member for each one that\nis not {@code null}: the same class, "
            + "and every method, the message and serialization answer as for that body,\nwhich "
            + "{@link " + baseException + "#responseBody()} returns. As for a body, an {@code X-Request-Id} header "
            + "comes before\n{@code requestId}.\n\n"
            + parsedBodyTags(true))
        .signature(1, "public static " + baseException + " " + PARSED_BODY, parsedBodyParameters(true))
        .wrappedLine(2, "return exceptionFor(code," + JavaText.WRAP + text.name(model.support())
            + ".errorBody(errorCode, errorMessage, requestId)," + JavaText.WRAP + "headers);")
        .line(1, "}")
        .line(0, "")
        .javadoc(1, "Returns the exception for an error response whose body the caller has already parsed, for a "
            + "client that keeps no\nheaders: {@link #" + PARSED_BODY + "(int, String, String, String, Map)} "
            + "without them.\n\n"
            + parsedBodyTags(false))
        .signature(1, "public static " + baseException + " " + PARSED_BODY, parsedBodyParameters(false))
        .line(2, "return " + PARSED_BODY + "(code, errorCode, errorMessage, requestId, null);")
        .line(1, "}");
  }

  /** The parameters of an {@code exceptionForParsedBody}, the header map last where it takes one. */
  private List<String> parsedBodyParameters(boolean withHeaders) {
    List<String> parameters = new ArrayList<>(List.of("int code", string + " errorCode", string + " errorMessage",
        string + " requestId"));
    if (withHeaders) {
      parameters.add(headers + " headers");
    }
    return parameters;
  }

  /** The Javadoc tags of an {@code exceptionForParsedBody}; an error code of the catalog is the example. */
  private String parsedBodyTags(boolean withHeaders) {
    String example = model.catalog().errorCodes()
        .map(table -> ", such as {@code " + SourceText.javadoc(table.entries().get(0).code()) + "}")
        .orElse("");
    return "@param code the response's status code, 400 to 599\n"
        + "@param errorCode the error code the body carried" + example + ", or {@code null}\n"
        + "@param errorMessage the error message the body carried, or {@code null}\n"
        + "@param requestId the id the service gave the request, or {@code null}\n"
        + (withHeaders ? HEADERS_DOC : "")
        + returnsAndThrows();
  }

  /** The {@code @return} and {@code @throws} of the methods that return the exception for a code. */
  private String returnsAndThrows() {
    return "@return the code's own exception if the catalog lists it, else a {@link " + clientError + "} or {@link "
        + serverError + "}\n"
        + "@throws IllegalArgumentException if the code is not from 400 to 599\n";
  }

  /** Overloads for {@code java.net.http}, the client most DIS callers on Java 11 and later use. */
  private void addHttpResponseAdapters() {
    String response = text.name(HTTP_RESPONSE) + "<" + string + "> response";
    text.line(0, "")
        .javadoc(1, "Returns the exception for an error response of {@code java.net.http}, without throwing it.\n\n"
            + "@param response the response, its body read as a string\n"
            + "@return the exception {@link #exceptionFor(int, String, Map)} gives for its code, body and headers\n"
            + "@throws IllegalArgumentException if the response's code is not from 400 to 599\n")
        .signature(1, "public static " + baseException + " exceptionFor", List.of(response))
        .line(2, "return exceptionFor(response.statusCode(), response.body(), response.headers().map());")
        .line(1, "}")
        .line(0, "")
        .javadoc(1, "Throws the exception for an error response of {@code java.net.http} (4xx or 5xx) and returns "
            + "for any other.\n\n"
            + "@param response the response, its body read as a string\n"
            + "@throws " + baseException + " the exception {@link #exceptionFor(int, String, Map)} gives, if the "
            + "code is from 400 to 599\n")
        .signature(1, "public static void throwIfError", List.of(response))
        .line(2, "throwIfError(response.statusCode(), response.body(), response.headers().map());")
        .line(1, "}");
  }
}

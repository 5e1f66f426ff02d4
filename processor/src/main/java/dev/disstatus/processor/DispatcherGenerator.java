package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.disstatus.catalog.StatusEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the dispatcher ({@code DisStatusDispatcher}): a {@code switch} over the int code with one case per
 * catalog error code, from a response to the exception that describes it.
 */
final class DispatcherGenerator {
  private static final TypeName HEADERS = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), ParameterizedTypeName.get(List.class, String.class));

  private static final ClassName HTTP_RESPONSE = ClassName.get("java.net.http", "HttpResponse");

  /**
   * The entry point for a body already parsed. A name of its own, not an {@code exceptionFor} overload: there,
   * {@code exceptionFor(400, "DIS.4303", null)} would pass the error code as the body.
   */
  private static final String PARSED_BODY = "exceptionForParsedBody";

  private final GenerationModel model;
  private final TypeSpec.Builder type;

  private DispatcherGenerator(GenerationModel model) {
    this.model = model;
    this.type = TypeSpec.classBuilder(model.dispatcher()).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
  }

  static JavaFile generate(GenerationModel model) {
    return new DispatcherGenerator(model).generate();
  }

  private JavaFile generate() {
    addTypeJavadoc();
    addPrivateConstructor();
    addExceptionFor();
    addThrowIfError();
    addExceptionForParsedBody();
    if (model.httpClientAdapter()) {
      addHttpResponseAdapters();
    }
    return GeneratedFiles.javaFile(model, type);
  }

  private void addTypeJavadoc() {
    type.addJavadoc("4xx and 5xx of $L: turns an HTTP error response into the exception that "
            + "describes it.\n\n", GeneratedFiles.sourceDocument(model))
        .addJavadoc("<p>Each code the catalog lists from 400 up has an exception class of its own, nested in "
            + "{@link $T} or {@link $T}; any other 4xx code gives a {@code $T}, any other 5xx code a "
            + "{@code $T}. A {@code null} body or header map counts as empty.\n\n", model.clientErrorException(),
            model.serverErrorException(), model.clientErrorException(), model.serverErrorException())
        .addJavadoc(GeneratedFiles.generatedFrom(model));
  }

  private void addPrivateConstructor() {
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private void addExceptionFor() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("exceptionFor")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.baseException())
        .addParameter(int.class, "code")
        .addParameter(String.class, "body")
        .addParameter(HEADERS, "headers")
        .addJavadoc("Returns the exception for an error response, without throwing it.\n\n"
            + "@param code the response's status code, 400 to 599\n"
            + "@param body the response body, or {@code null}\n"
            + "@param headers the response headers, or {@code null}\n"
            + "@return the code's own exception if the catalog lists it, else a {@link $T} or {@link $T}\n"
            + "@throws IllegalArgumentException if the code is not from 400 to 599\n",
            model.clientErrorException(), model.serverErrorException())
        .beginControlFlow("switch (code)");
    // One text for all the cases rather than a statement each, which JavaPoet would format twice; the dispatcher
    // has no nested type, so it names each exception as JavaText does.
    JavaText names = new JavaText(model.dispatcher(), Set.of(), model.namesToQualify());
    StringBuilder cases = new StringBuilder();
    for (StatusEntry entry : model.errorEntries()) {
      cases.append("case ").append(entry.code()).append(": return new ").append(names.name(model.exceptionOf(entry)))
          .append("(body, headers);\n");
    }
    method.addCode("$L", cases);
    method.addCode("default:\n").addCode("$>")
        .beginControlFlow("if (code >= 400 && code <= 499)")
        .addStatement("return new $T(code, body, headers)", model.clientErrorException())
        .endControlFlow()
        .beginControlFlow("if (code >= 500 && code <= 599)")
        .addStatement("return new $T(code, body, headers)", model.serverErrorException())
        .endControlFlow()
        .addStatement("throw new $T($S + code$W+ $L)", IllegalArgumentException.class, "HTTP status code ",
            SourceText.wrappedLiteral(" is not an error: only 4xx and 5xx responses have an exception"))
        .addCode("$<")
        .endControlFlow();
    type.addMethod(method.build());
  }

  /**
   * {@code exceptionForParsedBody}: for clients that hand over a body already parsed into its members. The
   * members are written back as a body ({@code StatusSupport.errorBody}) for {@code exceptionFor}, so that the
   * exception is exactly the one that body gives: one way to read an error, whichever way it came.
   */
  private void addExceptionForParsedBody() {
    MethodSpec.Builder withHeaders = parsedBodyMethod()
        .addParameter(HEADERS, "headers")
        .addJavadoc("Returns the exception for an error response whose body the caller has already parsed, as "
            + "client libraries report an\nerror: its status, error code, error message and request id.\n\n")
        .addJavadoc("<p>It is the exception {@link #exceptionFor(int, String, Map)} gives for the same code and "
            + "headers and a body carrying\nthe values, {@code {\"error_code\":\"...\",\"error_msg\":\"...\","
            + "\"request_id\":\"...\"}}, with a member for each one that\nis not {@code null}: the same class, "
            + "and every method, the message and serialization answer as for that body,\nwhich "
            + "{@link $T#responseBody()} returns. As for a body, an {@code X-Request-Id} header comes before\n"
            + "{@code requestId}.\n\n", model.baseException())
        .addJavadoc(parsedBodyTags(true))
        .addStatement("return exceptionFor(code, $T.errorBody(errorCode, errorMessage, requestId), headers)",
            model.support());
    MethodSpec.Builder withoutHeaders = parsedBodyMethod()
        .addJavadoc("Returns the exception for an error response whose body the caller has already parsed, for a "
            + "client that keeps no\nheaders: {@link #$N(int, String, String, String, Map)} without them.\n\n",
            PARSED_BODY)
        .addJavadoc(parsedBodyTags(false))
        .addStatement("return $N(code, errorCode, errorMessage, requestId, null)", PARSED_BODY);
    type.addMethod(withHeaders.build()).addMethod(withoutHeaders.build());
  }

  /** An {@code exceptionForParsedBody} with the parameters both overloads have. */
  private MethodSpec.Builder parsedBodyMethod() {
    return MethodSpec.methodBuilder(PARSED_BODY)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.baseException())
        .addParameter(int.class, "code")
        .addParameter(String.class, "errorCode")
        .addParameter(String.class, "errorMessage")
        .addParameter(String.class, "requestId");
  }

  /** The Javadoc tags of an {@code exceptionForParsedBody}; an error code of the catalog is the example. */
  private CodeBlock parsedBodyTags(boolean headers) {
    String example = model.catalog().errorCodes()
        .map(table -> ", such as {@code " + SourceText.javadoc(table.entries().get(0).code()) + "}")
        .orElse("");
    return CodeBlock.builder()
        .add("@param code the response's status code, 400 to 599\n")
        .add("@param errorCode the error code the body carried$L, or {@code null}\n", example)
        .add("@param errorMessage the error message the body carried, or {@code null}\n")
        .add("@param requestId the id the service gave the request, or {@code null}\n")
        .add(headers ? "@param headers the response headers, or {@code null}\n" : "")
        .add("@return the code's own exception if the catalog lists it, else a {@link $T} or {@link $T}\n",
            model.clientErrorException(), model.serverErrorException())
        .add("@throws IllegalArgumentException if the code is not from 400 to 599\n")
        .build();
  }

  /** Overloads for {@code java.net.http}, the client most DIS callers on Java 11 and later use. */
  private void addHttpResponseAdapters() {
    TypeName response = ParameterizedTypeName.get(HTTP_RESPONSE, ClassName.get(String.class));
    type.addMethod(MethodSpec.methodBuilder("exceptionFor")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(model.baseException())
            .addParameter(response, "response")
            .addJavadoc("Returns the exception for an error response of {@code java.net.http}, without throwing it.\n\n"
                + "@param response the response, its body read as a string\n"
                + "@return the exception {@link #exceptionFor(int, String, Map)} gives for its code, body and headers\n"
                + "@throws IllegalArgumentException if the response's code is not from 400 to 599\n")
            .addStatement("return exceptionFor(response.statusCode(), response.body(), response.headers().map())")
            .build())
        .addMethod(MethodSpec.methodBuilder("throwIfError")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(response, "response")
            .addJavadoc("Throws the exception for an error response of {@code java.net.http} (4xx or 5xx) and returns "
                + "for any other.\n\n"
                + "@param response the response, its body read as a string\n"
                + "@throws $T the exception {@link #exceptionFor(int, String, Map)} gives, if the code is from 400 to "
                + "599\n", model.baseException())
            .addStatement("throwIfError(response.statusCode(), response.body(), response.headers().map())")
            .build());
  }

  private void addThrowIfError() {
    type.addMethod(MethodSpec.methodBuilder("throwIfError")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(int.class, "code")
        .addParameter(String.class, "body")
        .addParameter(HEADERS, "headers")
        .addJavadoc("Throws the exception for an error response (4xx or 5xx) and returns for any other code.\n\n"
            + "@param code the response's status code\n"
            + "@param body the response body, or {@code null}\n"
            + "@param headers the response headers, or {@code null}\n"
            + "@throws $T the exception {@link #exceptionFor(int, String, Map)} gives, if the code is from 400 to "
            + "599\n", model.baseException())
        .beginControlFlow("if (code >= 400 && code <= 599)")
        .addStatement("throw exceptionFor(code, body, headers)")
        .endControlFlow()
        .build());
  }
}

package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.disstatus.catalog.StatusEntry;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the dispatcher ({@code DisStatusDispatcher}): a {@code switch} over the int code with one case per
 * catalog error code, from a response to the exception that describes it.
 */
final class DispatcherGenerator {
  private static final TypeName HEADERS = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), ParameterizedTypeName.get(List.class, String.class));

  private static final ClassName HTTP_RESPONSE = ClassName.get("java.net.http", "HttpResponse");

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
    for (StatusEntry entry : model.errorEntries()) {
      method.addStatement("case $L: return new $T(body, headers)", entry.code(), model.exceptionOf(entry));
    }
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

package dev.disstatus.processor;

import com.palantir.javapoet.*;
import dev.disstatus.catalog.StatusEntry;
import java.util.*;
import javax.lang.model.element.Modifier;

/** LOCAL STUB — not committed; replaced by the exceptions branch. */
final class ExceptionsGenerator {
  static List<JavaFile> generate(GenerationModel model) {
    TypeName headers = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        ParameterizedTypeName.get(List.class, String.class));
    List<JavaFile> files = new ArrayList<>();
    files.add(GeneratedFiles.javaFile(model, TypeSpec.classBuilder(model.baseException())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).superclass(RuntimeException.class)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .addField(int.class, "statusCode", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
            .addParameter(int.class, "statusCode").addParameter(String.class, "body").addParameter(headers, "headers")
            .addStatement("this.statusCode = statusCode").build())
        .addMethod(MethodSpec.methodBuilder("statusCode").addModifiers(Modifier.PUBLIC).returns(int.class).addStatement("return statusCode").build())));
    for (ClassName c : List.of(model.clientErrorException(), model.serverErrorException())) {
      files.add(GeneratedFiles.javaFile(model, TypeSpec.classBuilder(c).addModifiers(Modifier.PUBLIC).superclass(model.baseException())
          .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
              .addParameter(int.class, "statusCode").addParameter(String.class, "body").addParameter(headers, "headers")
              .addStatement("super(statusCode, body, headers)").build())));
    }
    for (StatusEntry e : model.errorEntries()) {
      files.add(GeneratedFiles.javaFile(model, TypeSpec.classBuilder(model.exceptionOf(e)).addModifiers(Modifier.PUBLIC, Modifier.FINAL).superclass(model.parentOf(e))
          .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
              .addParameter(String.class, "body").addParameter(headers, "headers")
              .addStatement("super($L, body, headers)", e.code()).build())));
    }
    return files;
  }
}

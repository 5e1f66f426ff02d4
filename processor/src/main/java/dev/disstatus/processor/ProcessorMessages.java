package dev.disstatus.processor;

import java.util.List;

/**
 * Every message the processor reports on a {@code @DisStatusCatalog} annotation, in one place so that the tests
 * share the wording. Problems inside a catalog file come from {@code CatalogMessages} in the catalog module,
 * prefixed with {@code file:line:column}.
 */
final class ProcessorMessages {
  private ProcessorMessages() {}

  static String catalogNotFound(String path, List<String> tried) {
    return "status catalog '" + path + "' not found; looked in: " + String.join("; ", tried)
        + ". Put the file in src/main/resources/" + path + " (or on the source path), or fix the 'catalog' path";
  }

  /** As {@link #catalogNotFound}, with a file beside a place looked at whose name is close to the one asked for. */
  static String catalogNotFoundNearMiss(String path, List<String> tried, String nearPath, String nearFile) {
    return "status catalog '" + path + "' not found, but there is '" + nearPath + "' (" + nearFile + "): if that is"
        + " the catalog, set 'catalog' to its path; looked in: " + String.join("; ", tried);
  }

  static String catalogPathFromProjectFolder(String path, String folder, String resourcePath) {
    return "'catalog' is a resource path, relative to " + folder.substring(0, folder.length() - 1) + " (or the"
        + " source path), not to the project folder, which javac sees only when it runs there; write \""
        + resourcePath + "\" instead of \"" + path + "\"";
  }

  static String catalogUnreadable(String path, String reason) {
    return "status catalog '" + path + "' cannot be read (" + reason + "); check that it is a readable file, or"
        + " fix the 'catalog' path";
  }

  static String catalogPathInvalid(String path) {
    return "'catalog' must be a resource path such as com/acme/dis/my-codes.yaml (names between single '/', no"
        + " leading '/', no '.' or '..', no spaces and none of \\ : # ? % \" < > [ ] ^ ` { | }, which javac cannot"
        + " open), or empty for the bundled DIS catalog; found \"" + path + "\"";
  }

  static String invalidPrefix(String prefix, String problem) {
    return "'prefix' \"" + prefix + "\" " + problem + "; use a Java identifier that starts with an upper-case"
        + " letter, such as Dis";
  }

  static String typeExists(String qualifiedName, String prefix) {
    return "@DisStatusCatalog would generate " + qualifiedName + ", but the package already has a type of that"
        + " name; rename that type or set another 'prefix' than \"" + prefix + "\"";
  }

  /** Said of a catalog entry, at the line that gives it this type name. */
  static String reservedTypeName(String typeName, String series) {
    return "the Java type name '" + typeName + "' would nest this entry's exception in " + series + " under that"
        + " class's own name, which Java does not allow; set 'javaType' for this entry to another name";
  }

  /** Said of a catalog entry, at the line that gives it this constant name. */
  static String reservedConstant(String constantName) {
    return "the Java constant '" + constantName + "' is a name the generated status enum uses in its own code;"
        + " set 'javaConstant' for this entry to another name, such as NOT_FOUND";
  }

  static String reservedErrorConstant(String constantName) {
    return "the Java constant '" + constantName + "' is a name the generated error-code enum uses in its own code;"
        + " set 'javaConstant' for this entry to another name, such as STREAM_DOES_NOT_EXIST";
  }

  static String notAPackage() {
    return "@DisStatusCatalog belongs on a package, in its package-info.java";
  }

  static String unnamedPackage() {
    return "@DisStatusCatalog cannot generate into the unnamed package; put package-info.java in a named package";
  }

  static String internalError(String detail) {
    return "dis-status could not generate this package because of an internal error (" + detail
        + "); nothing was generated. Please report it with the catalog that causes it";
  }

  static String writeFailed(String qualifiedName, String reason) {
    return "could not write " + qualifiedName + " (" + reason + "); if another processor generates a type of that"
        + " name, set another 'prefix', else check that the generated sources folder is writable";
  }
}

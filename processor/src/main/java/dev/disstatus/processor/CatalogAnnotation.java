package dev.disstatus.processor;

import dev.disstatus.catalog.StatusCatalog;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;

/**
 * One {@code @DisStatusCatalog} as read: its attributes, defaults included, with the values written in the source
 * kept so that an error can point at the attribute.
 *
 * @param catalog the catalog's resource path, empty for the bundled one
 * @param prefix the start of every generated type name
 * @param stackTraces whether the generated exceptions fill in their stack trace
 * @param written the attributes written in the source, by name
 */
record CatalogAnnotation(String catalog, String prefix, boolean stackTraces, Map<String, AnnotationValue> written) {
  CatalogAnnotation {
    written = Map.copyOf(written);
  }

  /** The attribute's value as written, for pointing an error at it; null if it was left at its default. */
  AnnotationValue value(String name) {
    return written.get(name);
  }

  /** How the catalog is named in messages and Javadoc. */
  String catalogName() {
    return catalog.isEmpty() ? StatusCatalog.BUNDLED_RESOURCE : catalog;
  }
}

package dev.disstatus.catalog;

/**
 * The document a catalog transcribes, which generated Javadoc and messages name.
 *
 * @param id the document's id, such as {@code dis_02_0022}
 * @param title the document's title, such as {@code Status Codes}
 */
public record CatalogSource(String id, String title) {
  public CatalogSource {
    if (id.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("a catalog's source needs an id and a title: '" + id + "', '" + title + "'");
    }
  }
}

package dev.disstatus.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * What one compile read to generate a package from a catalog of the user's own: the resource path, where the
 * processor found it, and the SHA-256 of its bytes. The processor writes it beside the generated sources
 * ({@value #FILE_NAME} in the package's folder); dis-status-maven-plugin compares it with the catalog before
 * the next compile, because maven-compiler-plugin does not see a catalog change.
 *
 * @param catalog the resource path the annotation names, such as {@code com/acme/dis/my-codes.yaml}
 * @param location where it was found: {@code SOURCE_PATH}, {@code CLASS_OUTPUT} or {@code CLASS_PATH}, the
 *     names of {@code javax.tools.StandardLocation}
 * @param sha256 the SHA-256 of the catalog's bytes, 64 lower-case hex digits
 */
public record CatalogRecord(String catalog, String location, String sha256) {
  /** The record's file name, in the generated package's folder of the generated-sources directory. */
  public static final String FILE_NAME = "dis-status-catalog.properties";

  /** Checks that every field is there and the digest is one. */
  public CatalogRecord {
    if (catalog == null || catalog.isEmpty() || location == null || location.isEmpty() || sha256 == null
        || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a catalog record: " + catalog + ", " + location + ", " + sha256);
    }
  }

  /** The record of a catalog read from {@code location} through {@code digest}, from {@link #digest()}. */
  public static CatalogRecord of(String catalog, String location, MessageDigest digest) {
    return new CatalogRecord(catalog, location, HexFormat.of().formatHex(digest.digest()));
  }

  /** The SHA-256 of {@code content}, as 64 lower-case hex digits. */
  public static String sha256(byte[] content) {
    return HexFormat.of().formatHex(digest().digest(content));
  }

  /** A new SHA-256 digest, for reading a catalog and its digest in one pass. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The file's text: a properties file without a date, so that two compiles of one catalog write the same. */
  public String text() {
    return "# What dis-status read to generate this package; dis-status-maven-plugin compares it with the catalog\n"
        + "# before the next compile.\n"
        + "catalog=" + catalog + "\n"
        + "location=" + location + "\n"
        + "sha256=" + sha256 + "\n";
  }

  /** The record a file's text holds, as {@link #text()} writes it. */
  public static CatalogRecord parse(byte[] text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(new String(text, UTF_8)));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a catalog record: " + e.getMessage(), e);
    }
    return new CatalogRecord(properties.getProperty("catalog"), properties.getProperty("location"),
        properties.getProperty("sha256"));
  }
}

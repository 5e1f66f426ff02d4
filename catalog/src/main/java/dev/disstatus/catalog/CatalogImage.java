package dev.disstatus.catalog;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loaded catalog in a compact binary form, which dis-status's own build makes of the bundled catalog
 * ({@link #BUNDLED_RESOURCE}, beside {@link StatusCatalog#BUNDLED_RESOURCE}): a compile that uses the bundled
 * catalog then loads neither SnakeYAML nor the text, which took about half of what the processor costs a build,
 * where javac loads the processor anew for every compile.
 *
 * <p>The image holds the catalog as the loader returned it for no reserved names. {@link #read(InputStream,
 * ReservedNames)} answers it only if none of its entries takes a name the consumer's generated code keeps;
 * otherwise, and for an image it cannot read, it answers empty, and the caller loads the text, whose loader
 * reports each such name at its line, as it always did.
 */
public final class CatalogImage {
  /** The class path resource holding the image of {@link StatusCatalog#BUNDLED_RESOURCE}. */
  public static final String BUNDLED_RESOURCE = "dev/disstatus/catalog/dis-status-codes.image";

  /** "DSCI" and the format's version; an image of another version is not read. */
  private static final int MAGIC = 0x44534349;
  private static final int VERSION = 1;
  private static final int NONE = -1;

  private CatalogImage() {}

  /**
   * Writes the image of the catalog at {@code args[0]} (a YAML file, loaded and checked as the processor loads
   * the bundled catalog) to {@code args[1]}; dis-status's build runs it.
   */
  public static void main(String[] args) throws IOException, CatalogException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CatalogImage CATALOG.yaml IMAGE");
    }
    StatusCatalog catalog;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      catalog = CatalogLoader.load(in, args[0]);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
      write(catalog, out);
    }
  }

  /** Writes the image of a catalog. */
  public static void write(StatusCatalog catalog, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    writeSource(data, catalog.source());
    data.writeInt(catalog.statuses().size());
    for (StatusEntry entry : catalog.statuses()) {
      data.writeInt(entry.code());
      writeText(data, entry.name());
      data.writeInt(entry.description().size());
      for (String paragraph : entry.description()) {
        writeText(data, paragraph);
      }
      data.writeInt(entry.guidance().map(Enum::ordinal).orElse(NONE));
      writeText(data, entry.constantName());
      writeText(data, entry.typeName());
      writePosition(data, entry.position());
    }
    data.writeBoolean(catalog.errorCodes().isPresent());
    if (catalog.errorCodes().isPresent()) {
      ErrorCodes errorCodes = catalog.errorCodes().get();
      writeSource(data, errorCodes.source());
      data.writeInt(errorCodes.entries().size());
      for (ErrorCodeEntry entry : errorCodes.entries()) {
        writeText(data, entry.code());
        data.writeInt(entry.status());
        writeText(data, entry.message());
        writeText(data, entry.description());
        writeText(data, entry.solution());
        data.writeInt(entry.guidance().map(Enum::ordinal).orElse(NONE));
        writeText(data, entry.constantName());
        writePosition(data, entry.position());
      }
    }
    data.flush();
  }

  /**
   * The catalog an image holds, if it can be read and none of its entries takes a reserved name; empty
   * otherwise, for the caller to load the catalog's text instead.
   */
  public static Optional<StatusCatalog> read(InputStream in, ReservedNames reserved) {
    StatusCatalog catalog;
    try {
      catalog = read(new DataInputStream(in));
    } catch (IOException | RuntimeException e) {
      // Not an image this version writes, cut short, or holding what the model refuses: the text decides.
      return Optional.empty();
    }
    return takesReservedName(catalog, reserved) ? Optional.empty() : Optional.of(catalog);
  }

  private static StatusCatalog read(DataInputStream data) throws IOException {
    if (data.readInt() != MAGIC || data.readInt() != VERSION) {
      throw new IOException("not a catalog image of version " + VERSION);
    }
    CatalogSource source = readSource(data);
    int statusCount = data.readInt();
    List<StatusEntry> statuses = new ArrayList<>(statusCount);
    for (int i = 0; i < statusCount; i++) {
      int code = data.readInt();
      String name = readText(data);
      int paragraphs = data.readInt();
      List<String> description = new ArrayList<>(paragraphs);
      for (int p = 0; p < paragraphs; p++) {
        description.add(readText(data));
      }
      int guidance = data.readInt();
      statuses.add(new StatusEntry(code, name, description,
          guidance == NONE ? Optional.empty() : Optional.of(Guidance.values()[guidance]), readText(data),
          readText(data), readPosition(data)));
    }
    Optional<ErrorCodes> errorCodes = Optional.empty();
    if (data.readBoolean()) {
      CatalogSource errorSource = readSource(data);
      int entryCount = data.readInt();
      List<ErrorCodeEntry> entries = new ArrayList<>(entryCount);
      for (int i = 0; i < entryCount; i++) {
        String code = readText(data);
        int status = data.readInt();
        String message = readText(data);
        String description = readText(data);
        String solution = readText(data);
        int guidance = data.readInt();
        entries.add(new ErrorCodeEntry(code, status, message, description, solution,
            guidance == NONE ? Optional.empty() : Optional.of(ErrorGuidance.values()[guidance]), readText(data),
            readPosition(data)));
      }
      errorCodes = Optional.of(new ErrorCodes(errorSource, entries));
    }
    if (data.read() != -1) {
      throw new IOException("bytes after the catalog");
    }
    return new StatusCatalog(source, statuses, errorCodes);
  }

  /** Whether an entry takes a name that {@code reserved} keeps, which the text's loader would report. */
  private static boolean takesReservedName(StatusCatalog catalog, ReservedNames reserved) {
    for (StatusEntry entry : catalog.statuses()) {
      if (reserved.constantProblem(entry.constantName()).isPresent()
          || reserved.typeProblem(entry.code(), entry.typeName()).isPresent()) {
        return true;
      }
    }
    if (catalog.errorCodes().isPresent()) {
      for (ErrorCodeEntry entry : catalog.errorCodes().get().entries()) {
        if (reserved.errorConstantProblem(entry.constantName()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void writeSource(DataOutputStream data, CatalogSource source) throws IOException {
    writeText(data, source.id());
    writeText(data, source.title());
  }

  private static CatalogSource readSource(DataInputStream data) throws IOException {
    return new CatalogSource(readText(data), readText(data));
  }

  private static void writePosition(DataOutputStream data, Position position) throws IOException {
    data.writeInt(position.line());
    data.writeInt(position.column());
  }

  private static Position readPosition(DataInputStream data) throws IOException {
    return new Position(data.readInt(), data.readInt());
  }

  /** A text as its length in UTF-8 bytes and the bytes ({@code writeUTF} stops at 64 KiB and bends UTF-8). */
  private static void writeText(DataOutputStream data, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    data.writeInt(bytes.length);
    data.write(bytes);
  }

  private static String readText(DataInputStream data) throws IOException {
    int length = data.readInt();
    if (length < 0 || length > CatalogLoader.MAX_BYTES) {
      throw new IOException("a text of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    data.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

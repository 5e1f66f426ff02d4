package dev.disstatus.processor;

import com.google.testing.compile.JavaFileObjects;
import dev.disstatus.catalog.Guidance;
import dev.disstatus.catalog.StatusEntry;
import java.util.Locale;
import javax.tools.JavaFileObject;

/**
 * A stand-in for the status enum that {@code StatusEnumGenerator} writes, with the API the exceptions call
 * ({@code code()}, {@code reasonPhrase()}, {@code description()}, {@code guidance()}, {@code find(int)}, the
 * nested {@code Guidance}), so that the exceptions can be compiled and run before that generator exists.
 *
 * <p>Replace it with the real generator's output once that is on this branch: only the enum's API matters here.
 */
final class StatusEnumFixture {
  private StatusEnumFixture() {}

  /** The enum's source for a model: one constant per catalog entry, Java 8 only, every public member documented. */
  static JavaFileObject source(GenerationModel model) {
    String name = model.statusEnum().simpleName();
    StringBuilder out = new StringBuilder()
        .append("package ").append(model.packageName()).append(";\n\n")
        .append("import java.util.Optional;\n\n")
        .append("/** Test stand-in for the status enum. */\n")
        .append("public enum ").append(name).append(" {\n");
    for (StatusEntry entry : model.catalog().entries()) {
      out.append("  /** ").append(entry.code()).append(". */\n  ").append(entry.constantName())
          .append('(').append(entry.code())
          .append(", ").append(SourceText.literal(entry.name()))
          .append(", ").append(SourceText.literal(entry.descriptionText()))
          .append(", ").append(entry.guidance().map(guidance -> "Guidance." + guidance.name()).orElse("null"))
          .append("),\n");
    }
    out.append("  ;\n\n");
    out.append("""
          private final int code;
          private final String reasonPhrase;
          private final String description;
          private final Guidance guidance;

          NAME(int code, String reasonPhrase, String description, Guidance guidance) {
            this.code = code;
            this.reasonPhrase = reasonPhrase;
            this.description = description;
            this.guidance = guidance;
          }

          /**
           * Returns the code.
           *
           * @return the code
           */
          public int code() { return code; }
          /**
           * Returns the document's name.
           *
           * @return the document's name
           */
          public String reasonPhrase() { return reasonPhrase; }
          /**
           * Returns the description, paragraphs joined by a blank line.
           *
           * @return the description, paragraphs joined by a blank line
           */
          public String description() { return description; }
          /**
           * Returns the guidance, if any.
           *
           * @return the guidance, if any
           */
          public Optional<Guidance> guidance() { return Optional.ofNullable(guidance); }
          /**
           * Returns whether 4xx.
           *
           * @return whether 4xx
           */
          public boolean isClientError() { return code >= 400 && code < 500; }
          /**
           * Returns whether 5xx.
           *
           * @return whether 5xx
           */
          public boolean isServerError() { return code >= 500; }
          /**
           * Returns whether 4xx or 5xx.
           *
           * @return whether 4xx or 5xx
           */
          public boolean isError() { return code >= 400; }

          /**
           * Returns the status of a code.
           *
           * @param code a code
           * @return its status
           */
          public static NAME valueOf(int code) {
            Optional<NAME> status = find(code);
            if (!status.isPresent()) {
              throw new IllegalArgumentException("unknown status " + code);
            }
            return status.get();
          }

          /**
           * Finds the status of a code.
           *
           * @param code a code
           * @return its status, if listed
           */
          public static Optional<NAME> find(int code) {
            for (NAME status : values()) {
              if (status.code == code) {
                return Optional.of(status);
              }
            }
            return Optional.empty();
          }

          /** Test stand-in for the guidance. */
          public enum Guidance {
        """.replace("NAME", name));
    for (Guidance guidance : Guidance.values()) {
      out.append("    /** ").append(guidance.name().toLowerCase(Locale.ROOT)).append(". */\n    ")
          .append(guidance.name()).append('(').append(SourceText.literal(guidance.meaning())).append("),\n");
    }
    out.append("""
            ;
            private final String text;

            Guidance(String text) {
              this.text = text;
            }

            /**
             * Returns the text.
             *
             * @return the text
             */
            public String text() { return text; }
          }
        }
        """);
    return JavaFileObjects.forSourceString(model.statusEnum().canonicalName(), out.toString());
  }
}

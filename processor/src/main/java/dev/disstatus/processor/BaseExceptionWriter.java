package dev.disstatus.processor;

import com.palantir.javapoet.ClassName;
import dev.disstatus.catalog.ErrorCodeEntry;
import dev.disstatus.catalog.ErrorGuidance;
import dev.disstatus.catalog.Guidance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the base of every generated exception, {@code DisStatusException}, as text: the code that is the same for
 * every catalog is kept here as it is generated for DIS's (and written for another package by
 * {@link CodeTemplate}), and only what differs by catalog is made in between: the class's Javadoc, sealing, whether
 * stack traces are recorded, the status checks of {@code isRetryable()}, the error-code members, and the texts
 * that quote the catalog. It writes what JavaPoet wrote for this class before, byte for byte, without building a
 * {@code TypeSpec} and emitting it twice, which was the largest part of what the exceptions cost a compile.
 *
 * <p>The generated code must compile at {@code --release 8} without warnings, so it uses Java 8 APIs only and
 * no newer syntax; {@code sealed} is added only where the model says the consumer's release has it.
 */
final class BaseExceptionWriter {
  /** The class nested in the base exception, which hides any other type of that name in its file. */
  private static final String SERIALIZED_FORM = "SerializedForm";

  private final GenerationModel model;
  private final CodeTemplate code;
  private final JavaText text;

  private BaseExceptionWriter(GenerationModel model) {
    this.model = model;
    this.code = new CodeTemplate(model, model.baseException(),
        Set.of(SERIALIZED_FORM, model.support().simpleName()));
    this.text = code.text();
  }

  /** The file of the base exception. */
  static GeneratedFiles.SourceFile write(GenerationModel model) {
    return new BaseExceptionWriter(model).write();
  }

  private GeneratedFiles.SourceFile write() {
    addDeclaration();
    code.append(STATE);
    if (model.catalog().errorCodes().isPresent()) {
      // isRetryable() asks error() too, and a client that switches on error() then asks isRetryable().
      code.append(ERROR_FOUND);
    }
    code.append(CONSTRUCTOR);
    text.line(2, "super(null, null, " + model.stackTraces() + ", " + model.stackTraces() + ");");
    code.append(STATE_END).append(ACCESSORS);
    addRetryable();
    code.append(ERROR_FIELDS);
    addErrorCodeLookup();
    addMessage();
    code.append(SERIALIZATION);
    GeneratedFiles.NestedClass support = GeneratedFiles.support(model);
    code.imports(support.imports());
    return code.file("\n" + support.text() + "}\n");
  }

  /** The class's Javadoc, {@code @Generated} and declaration, sealed where the consumer's release allows. */
  private void addDeclaration() {
    String document = GeneratedFiles.sourceDocument(model);
    // SourceLayout wraps the Javadoc afterwards: a paragraph may be one line here.
    text.javadoc(0, "4xx and 5xx, the error statuses of " + document + ": the base of every exception for one. It "
        + "carries the response's status code, body and headers, and reads from them the error code, the request "
        + "id, {@code Retry-After} and whether the catalog says the request may be retried.\n"
        + "\n<p>Every 4xx status is a {@link " + code.headerName(model.clientErrorException()) + "} and every "
        + "5xx status a {@link " + code.headerName(model.serverErrorException()) + "}; each code of 400 and above "
        + "that the catalog lists has a final class of its own nested in the one of its series, so a "
        + "{@code catch} clause can pick the statuses it handles.\n"
        + "\n<p>Instances are immutable, safe to share between threads, and serializable. The body is read as "
        + "JSON at most once, when first needed; a body that is not JSON is kept as it is and never makes a "
        + "method throw.\n"
        + (model.stackTraces() ? "" : "\n<p>These exceptions record no stack trace and drop suppressed exceptions "
            + "({@code stackTraces = false}), so creating one is cheap: the status code, body and headers say "
            + "what happened.\n")
        + "\n" + GeneratedFiles.generatedFromText(model));
    code.generated();
    code.declaration("public abstract " + (model.sealedTypes() ? "sealed " : "") + "class "
        + model.baseException().simpleName() + " extends " + code.headerName(ClassName.get(RuntimeException.class))
        + (model.sealedTypes() ? " permits " + code.headerName(model.clientErrorException()) + ", "
            + code.headerName(model.serverErrorException()) : ""));
  }

  /**
   * {@code isRetryable()}: what the catalog's guidance allows, by the body's error code where the catalog has
   * error codes, else by the status; only the guidance the catalog uses is named, so the status enum need not
   * declare the others.
   */
  private void addRetryable() {
    StringBuilder javadoc = new StringBuilder(
        "Returns whether the status catalog says the same request may be sent again:\n\n<ul>\n");
    StringBuilder body = new StringBuilder();
    if (model.catalog().errorCodes().isPresent()) {
      // The body's error code, where the document gives it guidance, says more than the status: 400 is both
      // DIS.4303 (back off and send again) and DIS.4301 (the stream does not exist).
      javadoc.append("  <li>where the body's error code has guidance of its own ({@link #error()}): {@code true} "
              + "for {@link ").append(code.name(model.errorCodeEnum().nestedClass(
              ReservedJavaNames.ERROR_GUIDANCE_ENUM))).append("#").append(ErrorGuidance.RETRY_WITH_BACKOFF.name())
          .append("}, {@code false} for the others, whatever the status says\n")
          .append("  <li>otherwise, by the status:\n");
      body.append("""
              Optional<DisErrorCode.Guidance> errorGuidance = error().flatMap(DisErrorCode::guidance);
              if (errorGuidance.isPresent()) {
                return errorGuidance.get() == DisErrorCode.Guidance.RETRY_WITH_BACKOFF;
              }
          """);
    }
    StringBuilder byStatus = new StringBuilder();
    for (Guidance guidance : Guidance.values()) {
      List<String> guided = model.catalog().statuses().stream()
          .filter(entry -> entry.guidance().equals(Optional.of(guidance)))
          .map(entry -> entry.code() + " " + SourceText.javadoc(entry.name()))
          .toList();
      if (!guided.isEmpty()) {
        javadoc.append("  <li>").append(retryRule(guidance)).append(" for ").append(String.join(", ", guided))
            .append(", where the catalog says &quot;").append(SourceText.javadoc(guidance.meaning()))
            .append("&quot;\n");
        retryCheck(guidance).ifPresent(check -> byStatus
            .append("    if (guidance.isPresent() && guidance.get() == DisStatus.Guidance.").append(guidance.name())
            .append(") {\n      return ").append(check).append(";\n    }\n"));
      }
    }
    if (!byStatus.isEmpty()) {
      // The status is looked up only where the error code has not decided, and only if some guidance allows a retry.
      body.append("    Optional<DisStatus.Guidance> guidance = status().flatMap(DisStatus::guidance);\n")
          .append(byStatus);
    }
    javadoc.append("  <li>{@code false} for a status the catalog gives no guidance for, and for a code it does not "
        + "list.\n</ul>\n\n@return whether the request may be retried as it is\n");
    text.line(0, "").javadoc(1, javadoc.toString());
    code.append("  public boolean isRetryable() {\n").append(body.toString()).append("""
            return false;
          }
        """);
  }

  /** The expression that decides a retry under a guidance, if the guidance allows one at all. */
  private static Optional<String> retryCheck(Guidance guidance) {
    return switch (guidance) {
      case MODIFY_REQUEST -> Optional.empty();
      case RETRY_UNCHANGED -> Optional.of("true");
      case RETRY_AFTER -> Optional.of("retryAfter().isPresent()");
    };
  }

  /** {@link #retryCheck} in words, for the Javadoc. */
  private static String retryRule(Guidance guidance) {
    return switch (guidance) {
      case MODIFY_REQUEST -> "{@code false}";
      case RETRY_UNCHANGED -> "{@code true}";
      case RETRY_AFTER -> "whether the response has a readable {@link #retryAfter() Retry-After} header";
    };
  }

  /**
   * {@code error()} and {@code is(code)}, where the catalog has error codes: the body's error code as the generated
   * enum's constant, and the one-line test a {@code catch} clause makes of it.
   */
  private void addErrorCodeLookup() {
    if (model.catalog().errorCodes().isEmpty()) {
      return;
    }
    code.append(ERROR);
    text.line(0, "").javadoc(1, "Returns whether the body's error code ({@link #error()}) is this one, so that one "
        + "line singles an error code out\nin the {@code catch} clause of its status"
        + catchExample().map(example -> ":\n\n<pre>{@code\n" + example + "}</pre>").orElse(".") + "\n\n"
        + "@param code the error code to look for\n"
        + "@return {@code true} if the body carries this error code; {@code false} for another one, one the "
        + "document does not list,\nor a body without one\n"
        + "@throws NullPointerException if {@code code} is {@code null}\n");
    code.append(IS);
  }

  /**
   * The {@code catch} clause {@code is}'s Javadoc shows, for the catalog's first error code that may be sent again
   * after backing off (flow control, DIS.4303 in DIS's), else its first; for the next one if its names make a
   * line too long for the Javadoc, and none if all do.
   */
  private Optional<String> catchExample() {
    List<ErrorCodeEntry> entries = new ArrayList<>(model.catalog().errorCodes().orElseThrow().entries());
    Optional<ErrorGuidance> backOff = Optional.of(ErrorGuidance.RETRY_WITH_BACKOFF);
    // A stable sort: document order within each group.
    entries.sort(Comparator.comparing(entry -> !entry.guidance().equals(backOff)));
    for (ErrorCodeEntry entry : entries) {
      String catchLine = "catch (" + exceptionNameOf(entry.status()) + " e) {";
      String ifLine = "  if (e.is(" + model.errorCodeEnum().simpleName() + "." + entry.constantName() + ")) {";
      // The Javadoc of a method of a top-level class: "   * " before each line, 100 columns in all.
      if (Math.max(catchLine.length(), ifLine.length()) <= SourceLayout.JAVADOC_WIDTH - "   * ".length()) {
        return Optional.of(catchLine + "\n" + ifLine + "\n    ...\n  }\n}\n");
      }
    }
    return Optional.empty();
  }

  /**
   * The exception a status code's responses get, as a user writes its name in this package:
   * {@code DisClientErrorException.BadRequest} for a catalogued code, else the class of its range.
   */
  private String exceptionNameOf(int code) {
    ClassName exception = model.errorEntries().stream()
        .filter(entry -> entry.code() == code)
        .findFirst()
        .map(model::exceptionOf)
        .orElse(model.names().seriesOf(code));
    return String.join(".", exception.simpleNames());
  }

  /**
   * {@code getMessage()}: status, the catalog's words and the body's error on one line, built once; with the
   * solution the catalog gives for the body's error code where it has error codes.
   */
  private void addMessage() {
    text.line(0, "").javadoc(1, "Returns one line saying what went wrong: the status code, the catalog's name and "
        + "description of it and the error\ncode and message from the body, such as\n"
        + "{@code 404 NotFound: The requested resource could not be found. [error code: error message]}.\n"
        + model.catalog().errorCodes()
            .map(table -> table.entries().get(0))
            .map(entry -> "\n<p>Where the document lists the error code ({@link #error()}), its solution follows: "
                + SourceText.javadoc("... [" + entry.code() + ": " + entry.message() + "] Solution: "
                + entry.solution()) + "\n")
            .orElse("")
        + "\n@return the message, never {@code null}\n");
    code.append(MESSAGE);
    text.wrappedLine(3, "return statusCode + " + SourceText.wrappedLiteralText(": not in "
        + GeneratedFiles.catalogTitle(model)) + ";");
    code.append(DESCRIBE_ERROR);
    code.append("    return \" [\" + code + (code.isEmpty() || text.isEmpty() ? \"\" : \": \") + text + \"]\""
        + (model.catalog().errorCodes().isPresent()
            ? " +" + JavaText.WRAP + "error().map(e ->" + JavaText.WRAP
                + "\" Solution: \" + DisStatusSupport.oneLine(e.solution())).orElse(\"\")"
            : "")
        + ";\n");
  }

  // ---------------------------------------------------------------------------------------------------------
  // The fixed code, in the order written: as generated for DIS's catalog with the default prefix and laid out by
  // SourceLayout, which lays the Javadoc out again where another package's names are longer or shorter.

  /** The fields every catalog's base exception has. */
  private static final CodeTemplate.Code STATE = CodeTemplate.code("""
        private static final long serialVersionUID = 1L;

        /**
         * The HTTP status code of the response.
         */
        private final int statusCode;

        /**
         * The response body as received, {@code ""} for none.
         */
        private final String responseBody;

        /**
         * The response headers as received: name, value, name, value..., a name without values followed
         * by {@code null}.
         */
        private final String[] headers;

        /**
         * The headers by name, ignoring case, built when first asked for.
         */
        private transient volatile Map<String, List<String>> headerMap;

        /**
         * The body's top-level string members that this class reads,
         * {@link DisStatusSupport#errorMembers}, read when first needed.
         */
        private transient volatile DisStatusSupport.Members bodyMembers;

        /**
         * The message, built when first asked for.
         */
        private transient volatile String message;
      """);

  /** What {@code error()} found, a field where the catalog has error codes. */
  private static final CodeTemplate.Code ERROR_FOUND = CodeTemplate.code("""

        /**
         * The body's error code as the constant of {@link DisErrorCode}, looked up when first asked for.
         */
        private transient volatile Optional<DisErrorCode> errorFound;
      """);

  /** The constructor up to its call of the superclass's, which depends on {@code stackTraces}. */
  private static final CodeTemplate.Code CONSTRUCTOR = CodeTemplate.code("""

        /**
         * Creates the exception for a response.
         *
         * @param statusCode the HTTP status code of the response
         * @param responseBody the response body as text, or {@code null} for none
         * @param headers the response headers, or {@code null} for none; entries with a {@code null} name
         *     (such as {@code HttpURLConnection}'s status line) or {@code null} values are left out
         */
        protected DisStatusException(int statusCode, String responseBody, Map<String, List<String>> headers) {
          // No message of its own: getMessage() builds it from the response when first asked for.
      """);

  /** The rest of the constructor. */
  private static final CodeTemplate.Code STATE_END = CodeTemplate.code("""
          this.statusCode = statusCode;
          this.responseBody = responseBody == null ? "" : responseBody;
          this.headers = DisStatusSupport.copyHeaders(headers);
        }
      """);

  /** What the response holds: status code, status, body, headers, request id and {@code Retry-After}. */
  private static final CodeTemplate.Code ACCESSORS = CodeTemplate.code("""

        /**
         * Returns the response's HTTP status code, whether or not the status catalog lists it.
         *
         * @return the status code
         */
        public int statusCode() {
          return statusCode;
        }

        /**
         * Returns the catalog's status for the code, if the catalog lists it.
         *
         * @return the status, or empty for a code the catalog does not list
         */
        public Optional<DisStatus> status() {
          return DisStatus.find(statusCode);
        }

        /**
         * Returns the response body exactly as received.
         *
         * @return the body, {@code ""} when there was none; never {@code null}
         */
        public String responseBody() {
          return responseBody;
        }

        /**
         * Returns the response headers. Names are looked up ignoring case, so {@code get("retry-after")}
         * finds {@code Retry-After}.
         *
         * @return the headers, unmodifiable, each with its values in the order received
         */
        public Map<String, List<String>> headers() {
          Map<String, List<String>> map = headerMap;
          if (map == null) {
            map = Collections.unmodifiableMap(DisStatusSupport.headerMap(headers));
            headerMap = map;
          }
          return map;
        }

        /**
         * Returns the first value of a response header.
         *
         * @param name the header name, in any case
         * @return the header's first value, or empty if the response has no such header
         * @throws NullPointerException if {@code name} is {@code null}
         */
        public Optional<String> header(String name) {
          return Optional.ofNullable(DisStatusSupport.firstValue(headers, Objects.requireNonNull(name, "name")));
        }

        /**
         * Returns the id the service gave the request, to quote when asking its support about it: the
         * {@code X-Request-Id} header, or else the {@code request_id} of an API gateway error body.
         *
         * @return the request id, or empty if the response has none
         */
        public Optional<String> requestId() {
          Optional<String> header = header("X-Request-Id");
          return header.isPresent() ? header
              : Optional.ofNullable(bodyMember(DisStatusSupport.REQUEST_ID, DisStatusSupport.REQUEST_ID));
        }

        /**
         * Returns how long to wait before retrying, from the response's {@code Retry-After} header; see
         * {@link #retryAfter(Instant)}.
         *
         * @return the time to wait from now, or empty if the header is missing or unreadable
         */
        public Optional<Duration> retryAfter() {
          return retryAfter(Instant.now());
        }

        /**
         * Returns how long to wait before retrying, counted from {@code now}, from the response's
         * {@code Retry-After} header (RFC 9110, section 10.2.3). The header holds either delta-seconds,
         * such as {@code 120}, which a value too large to represent caps at 2^31 seconds, or an HTTP-date
         * in any of the three forms RFC 9110 has recipients accept: {@code Sun, 06 Nov 1994 08:49:37
         * GMT}, {@code Sunday, 06-Nov-94 08:49:37 GMT} (a two-digit year that would put the date more
         * than 50 years ahead means the century before) and {@code Sun Nov  6 08:49:37 1994}, with a
         * four-digit year where the form has one; a leap second, {@code 23:59:60}, counts as
         * {@code 23:59:59}. A date already past gives zero. Anything else (a negative number, a malformed
         * date, an empty value) gives empty.
         *
         * @param now the time the wait counts from, usually when the response arrived
         * @return the time to wait, never negative, or empty if the header is missing or unreadable
         * @throws NullPointerException if {@code now} is {@code null}
         */
        public Optional<Duration> retryAfter(Instant now) {
          Objects.requireNonNull(now, "now");
          Optional<String> header = header("Retry-After");
          if (!header.isPresent()) {
            return Optional.empty();
          }
          return Optional.ofNullable(DisStatusSupport.retryAfter(header.get(), now));
        }
      """);

  /** The error fields of the body (Huawei Cloud's and its API gateway's), read from its JSON once. */
  private static final CodeTemplate.Code ERROR_FIELDS = CodeTemplate.code("""

        /**
         * Returns the error code in the body: the {@code errorCode} of an error such as
         * {@code {"errorCode":"...","message":"..."}}, or else the {@code error_code} of an API gateway
         * error such as {@code {"error_code":"APIGW.0301","error_msg":"...","request_id":"..."}}.
         *
         * @return the error code, or empty if the body is not a JSON object with one as a string
         */
        public Optional<String> errorCode() {
          return Optional.ofNullable(bodyMember(DisStatusSupport.ERROR_CODE, DisStatusSupport.GATEWAY_ERROR_CODE));
        }

        /**
         * Returns the error message in the body: the {@code message} of an error, or else the
         * {@code error_msg} of an API gateway error; see {@link #errorCode()}.
         *
         * @return the error message, or empty if the body is not a JSON object with one as a string
         */
        public Optional<String> errorMessage() {
          return Optional.ofNullable(bodyMember(DisStatusSupport.MESSAGE, DisStatusSupport.GATEWAY_MESSAGE));
        }

        /**
         * The body's top-level string member {@code name}, or else its member {@code orElse}, by their
         * indexes in {@link DisStatusSupport#errorMembers}; {@code null} if it has neither.
         */
        private String bodyMember(int name, int orElse) {
          return bodyMembers().value(name, orElse);
        }

        /**
         * The body's members that this class reads, read the first time one is asked for.
         */
        private DisStatusSupport.Members bodyMembers() {
          DisStatusSupport.Members members = bodyMembers;
          if (members == null) {
            members = DisStatusSupport.errorMembers(responseBody);
            bodyMembers = members;
          }
          return members;
        }
      """);

  /** {@code error()}, where the catalog has error codes: the body's error code as the error-code enum's constant. */
  private static final CodeTemplate.Code ERROR = CodeTemplate.code("""

        /**
         * Returns the body's error code ({@link #errorCode()}) as the constant of {@link DisErrorCode},
         * where the document lists it.
         *
         * @return the constant, or empty if the body has no error code or one the document does not list
         */
        public Optional<DisErrorCode> error() {
          Optional<DisErrorCode> found = errorFound;
          if (found == null) {
            DisStatusSupport.Members members = bodyMembers();
            int code = members.either(DisStatusSupport.ERROR_CODE, DisStatusSupport.GATEWAY_ERROR_CODE);
            found = DisErrorCode.find(members.text(), members.start(code), members.end(code));
            errorFound = found;
          }
          return found;
        }
      """);

  /** {@code is(code)} after its Javadoc, which shows a {@code catch} clause for the catalog's error codes. */
  private static final CodeTemplate.Code IS = CodeTemplate.code("""
        public boolean is(DisErrorCode code) {
          Objects.requireNonNull(code, "code");
          return error().orElse(null) == code;
        }
      """);

  /** {@code getMessage()} after its Javadoc, and {@code describeStatus()} up to its text for a code not listed. */
  private static final CodeTemplate.Code MESSAGE = CodeTemplate.code("""
        @Override
        public String getMessage() {
          String text = message;
          if (text == null) {
            text = DisStatusSupport.oneLine(describeStatus()) + describeError();
            message = text;
          }
          return text;
        }

        /**
         * The code with the catalog's name and description, paragraphs joined by a space.
         */
        private String describeStatus() {
          Optional<DisStatus> status = status();
          if (!status.isPresent()) {
      """);

  /** The rest of {@code describeStatus()}, and {@code describeError()} up to its last statement. */
  private static final CodeTemplate.Code DESCRIBE_ERROR = CodeTemplate.code("""
          }
          return statusCode + " " + status.get().reasonPhrase() + ": " + status.get().description().replace("\\n\\n", " ");
        }

        /**
         * The body's error code and message in brackets, led by a space; empty when it has neither.
         */
        private String describeError() {
          String code = DisStatusSupport.oneLine(errorCode().orElse(""));
          String text = DisStatusSupport.oneLine(errorMessage().orElse(""));
          if (code.isEmpty() && text.isEmpty()) {
            return "";
          }
      """);

  /** The rest of {@code describeError()}, then serialization through a proxy and the end of the class. */
  private static final CodeTemplate.Code SERIALIZATION = CodeTemplate.code("""
        }

        /**
         * Serializes this exception as its response and class, which are read back through the
         * constructors.
         *
         * @return the serialized form of this exception
         */
        final Object writeReplace() {
          return new SerializedForm(this);
        }

        /**
         * Refuses a stream of the exception itself: only its serialized form is read.
         *
         * @param in the stream to read from
         * @throws InvalidObjectException always
         */
        private void readObject(ObjectInputStream in) throws InvalidObjectException {
          throw new InvalidObjectException("a status exception is read only through its serialized form");
        }

        /**
         * The serialized form of every status exception: its class and response, read back through the
         * constructor the class has for that response, so that a stream holds nothing the constructors
         * would not build.
         */
        private static final class SerializedForm implements Serializable {
          private static final long serialVersionUID = 1L;

          /**
           * The class of the exception.
           */
          private final Class<?> exceptionClass;

          /**
           * The HTTP status code of the response.
           */
          private final int statusCode;

          /**
           * The response body.
           */
          private final String responseBody;

          /**
           * The response headers as name, value, name, value...
           */
          private final String[] headers;

          /**
           * The stack trace, empty where none is recorded.
           */
          private final StackTraceElement[] stackTrace;

          /**
           * The suppressed exceptions, empty where none are kept.
           */
          private final Throwable[] suppressed;

          SerializedForm(DisStatusException exception) {
            this.exceptionClass = exception.getClass();
            this.statusCode = exception.statusCode;
            this.responseBody = exception.responseBody;
            this.headers = exception.headers;
            this.stackTrace = exception.getStackTrace();
            this.suppressed = exception.getSuppressed();
          }

          /**
           * Reads the fields, refusing values of the wrong type.
           *
           * @param in the stream to read from
           * @throws IOException if the stream cannot be read or holds a value of the wrong type
           * @throws ClassNotFoundException if a class of the serialized state cannot be found
           */
          private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            try {
              in.defaultReadObject();
            } catch (ClassCastException | ArrayStoreException e) {
              throw new InvalidObjectException(e.toString());
            }
          }

          /**
           * Builds the exception anew through its constructor, refusing a class that is not the one the
           * code has.
           *
           * @return the exception
           * @throws InvalidObjectException if no constructor builds this class for this response
           */
          private Object readResolve() throws InvalidObjectException {
            Map<String, List<String>> responseHeaders = DisStatusSupport.headersOf(headers);
            DisStatusException exception;
            try {
              if (exceptionClass == DisClientErrorException.class) {
                exception = new DisClientErrorException(statusCode, responseBody, responseHeaders);
              } else if (exceptionClass == DisServerErrorException.class) {
                exception = new DisServerErrorException(statusCode, responseBody, responseHeaders);
              } else {
                exception = DisStatusDispatcher.exceptionFor(statusCode, responseBody, responseHeaders);
              }
            } catch (IllegalArgumentException e) {
              throw new InvalidObjectException(e.getMessage());
            }
            if (exception.getClass() != exceptionClass) {
              throw new InvalidObjectException("status " + statusCode + " is not reported by " + exceptionClass);
            }
            DisStatusSupport.restoreTrace(exception, stackTrace, suppressed);
            return exception;
          }
        }
      """);
}

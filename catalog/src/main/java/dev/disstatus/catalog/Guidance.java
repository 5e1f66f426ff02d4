package dev.disstatus.catalog;

import java.util.Optional;

/** What the status document tells the client to do after a status; an entry has it only where the document says so. */
public enum Guidance implements KeyedValue {
  /** "The client should modify the request instead of re-initiating it." (400, 403, 404, 405, 503). */
  MODIFY_REQUEST("modify-request", "The client should modify the request instead of re-initiating it."),
  /** "The client may re-initiate the request without modifications at any later time." (408). */
  RETRY_UNCHANGED(
      "retry-unchanged", "The client may re-initiate the request without modifications at any later time."),
  /** The client may re-initiate the request once the time in the response's Retry-After header has passed (413, 429). */
  RETRY_AFTER(
      "retry-after",
      "The client may re-initiate the request after the time given in the response's Retry-After header.");

  private final String key;
  private final String meaning;

  Guidance(String key, String meaning) {
    this.key = key;
    this.meaning = meaning;
  }

  /** The value that selects this guidance in a catalog file, such as {@code modify-request}. */
  @Override
  public String key() {
    return key;
  }

  /** One sentence saying what the client should do. */
  public String meaning() {
    return meaning;
  }

  /** The guidance a catalog value names, if any. */
  public static Optional<Guidance> ofKey(String key) {
    return KeyedValue.ofKey(values(), key);
  }

  /** The catalog values, comma-separated, for messages. */
  static String keys() {
    return KeyedValue.keys(values());
  }
}

package dev.disstatus.catalog;

/**
 * What the error-code document tells the client about sending a request again after one error code; an entry has
 * it only where the document says so, and otherwise the guidance of its status applies (catalog/ERROR-CODES.md).
 */
public enum ErrorGuidance implements KeyedValue {
  /** "Reduce the upload rate", "reduce the requesting frequency and try again" (DIS.4303, DIS.4305). */
  RETRY_WITH_BACKOFF("retry-with-backoff",
      "The same request may be sent again after backing off: the client should reduce its request rate."),
  /** "Obtain the partition cursor again" (DIS.4217, DIS.4225, DIS.4226). */
  RENEW_CURSOR("renew-cursor",
      "The same request fails again: the client should obtain a new cursor and read on with it."),
  /** "Ensure that the authentication information and request are valid and try again later" (DIS.4309). */
  CHECK_THEN_RETRY_LATER("check-then-retry-later",
      "The client's IP address is on the blacklist after too many failed requests: the client should make sure"
          + " that its credentials and the request are valid, then try again later.");

  private final String key;
  private final String meaning;

  ErrorGuidance(String key, String meaning) {
    this.key = key;
    this.meaning = meaning;
  }

  /** The value that selects this guidance in a catalog file, such as {@code retry-with-backoff}. */
  @Override
  public String key() {
    return key;
  }

  /** One sentence saying what the client should do. */
  public String meaning() {
    return meaning;
  }
}

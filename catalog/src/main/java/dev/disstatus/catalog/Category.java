package dev.disstatus.catalog;

/** The class of an HTTP status code, given by its first digit (RFC 9110, section 15). */
public enum Category {
  INFORMATIONAL,
  SUCCESS,
  REDIRECTION,
  CLIENT_ERROR,
  SERVER_ERROR;

  /**
   * Returns the category of a status code.
   *
   * @throws IllegalArgumentException if the code is outside 100..599
   */
  public static Category of(int code) {
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException("HTTP status code " + code + " is outside 100..599");
    }
    return values()[code / 100 - 1];
  }

  /** Whether codes of this category report a failed request (4xx and 5xx). */
  public boolean isError() {
    return this == CLIENT_ERROR || this == SERVER_ERROR;
  }
}

package dev.disstatus.benchmarks;

import dev.disstatus.benchmarks.dis.DisStatus;

/**
 * {@code DisStatus.valueOf(int)} as {@code StatusEnumGenerator} wrote it before it used an array: a {@code switch}
 * over DIS's 43 codes, which javac makes a {@code lookupswitch} and C2 a binary search. Kept in the lookup
 * benchmark to show what the array changed; it goes stale if DIS's catalog changes, and may then go.
 */
final class SwitchLookup {
  private SwitchLookup() {}

  static DisStatus valueOf(int code) {
    DisStatus status = lookup(code);
    if (status == null) {
      throw new IllegalArgumentException("HTTP status code " + code + " is not in DIS's status catalog");
    }
    return status;
  }

  private static DisStatus lookup(int code) {
    switch (code) {
      case 100: return DisStatus.CONTINUE;
      case 101: return DisStatus.SWITCHING_PROTOCOLS;
      case 200: return DisStatus.OK;
      case 201: return DisStatus.CREATED;
      case 202: return DisStatus.ACCEPTED;
      case 203: return DisStatus.NON_AUTHORITATIVE_INFORMATION;
      case 204: return DisStatus.NO_CONTENT;
      case 205: return DisStatus.RESET_CONTENT;
      case 206: return DisStatus.PARTIAL_CONTENT;
      case 300: return DisStatus.MULTIPLE_CHOICES;
      case 301: return DisStatus.MOVED_PERMANENTLY;
      case 302: return DisStatus.FOUND;
      case 303: return DisStatus.SEE_OTHER;
      case 304: return DisStatus.NOT_MODIFIED;
      case 305: return DisStatus.USE_PROXY;
      case 306: return DisStatus.UNUSED;
      case 400: return DisStatus.BAD_REQUEST;
      case 401: return DisStatus.UNAUTHORIZED;
      case 402: return DisStatus.PAYMENT_REQUIRED;
      case 403: return DisStatus.FORBIDDEN;
      case 404: return DisStatus.NOT_FOUND;
      case 405: return DisStatus.METHOD_NOT_ALLOWED;
      case 406: return DisStatus.NOT_ACCEPTABLE;
      case 407: return DisStatus.PROXY_AUTHENTICATION_REQUIRED;
      case 408: return DisStatus.REQUEST_TIME_OUT;
      case 409: return DisStatus.CONFLICT;
      case 410: return DisStatus.GONE;
      case 411: return DisStatus.LENGTH_REQUIRED;
      case 412: return DisStatus.PRECONDITION_FAILED;
      case 413: return DisStatus.REQUEST_ENTITY_TOO_LARGE;
      case 414: return DisStatus.REQUEST_URI_TOO_LARGE;
      case 415: return DisStatus.UNSUPPORTED_MEDIA_TYPE;
      case 416: return DisStatus.REQUESTED_RANGE_NOT_SATISFIABLE;
      case 417: return DisStatus.EXPECTATION_FAILED;
      case 422: return DisStatus.UNPROCESSABLE_ENTITY;
      case 429: return DisStatus.TOO_MANY_REQUESTS;
      case 441: return DisStatus.AUTHENTICATION_ERROR;
      case 500: return DisStatus.INTERNAL_SERVER_ERROR;
      case 501: return DisStatus.NOT_IMPLEMENTED;
      case 502: return DisStatus.BAD_GATEWAY;
      case 503: return DisStatus.SERVICE_UNAVAILABLE;
      case 504: return DisStatus.SERVER_TIMEOUT;
      case 505: return DisStatus.HTTP_VERSION_NOT_SUPPORTED;
      default: return null;
    }
  }
}

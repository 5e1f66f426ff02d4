package com.example.disclient;

/** What the application tells its user about the DIS errors it expects. */
final class KnownErrors {
  private KnownErrors() {}

  static String explain(DisStatusException e) {
    if (e instanceof DisClientErrorException.NotFound) {
      return "There is no such stream.";
    }
    if (e instanceof DisClientErrorException.TooManyRequests) {
      return "DIS asks us to slow down.";
    }
    if (e instanceof DisClientErrorException.AuthenticationError) {
      return "Please sign in again.";
    }
    return switch (DisStatus.valueOf(e.statusCode())) {
      case BAD_REQUEST, UNPROCESSABLE_ENTITY -> "DIS refused the records.";
      case INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE, SERVER_TIMEOUT -> "DIS is having trouble.";
      default -> "DIS answered " + e.statusCode() + ".";
    };
  }
}

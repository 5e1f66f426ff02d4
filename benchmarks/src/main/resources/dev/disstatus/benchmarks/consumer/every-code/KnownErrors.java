package com.example.disclient;

/** What the application tells its user about the errors it expects. */
final class KnownErrors {
  private KnownErrors() {}

  static String explain(DisStatusException e) {
    if (e instanceof DisClientErrorException.Status404) {
      return "There is no such stream.";
    }
    if (e instanceof DisClientErrorException.Status429) {
      return "DIS asks us to slow down.";
    }
    if (e instanceof DisClientErrorException.Status441) {
      return "Please sign in again.";
    }
    return switch (DisStatus.valueOf(e.statusCode())) {
      case STATUS_400, STATUS_422 -> "DIS refused the records.";
      case STATUS_500, STATUS_503, STATUS_504 -> "DIS is having trouble.";
      default -> "DIS answered " + e.statusCode() + ".";
    };
  }
}

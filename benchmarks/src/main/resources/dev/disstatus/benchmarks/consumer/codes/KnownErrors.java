package com.example.disclient;

/** What the application tells its user about the errors it expects (codes that every size of the catalog has). */
final class KnownErrors {
  private KnownErrors() {}

  static String explain(DisStatusException e) {
    if (e instanceof DisClientErrorException.Status400) {
      return "DIS refused the request.";
    }
    if (e instanceof DisClientErrorException.Status420) {
      return "DIS asks us to slow down.";
    }
    if (e instanceof DisServerErrorException.Status500) {
      return "DIS failed.";
    }
    return switch (DisStatus.valueOf(e.statusCode())) {
      case STATUS_410, STATUS_430 -> "DIS refused the records.";
      case STATUS_550, STATUS_590 -> "DIS is having trouble.";
      default -> "DIS answered " + e.statusCode() + ".";
    };
  }
}

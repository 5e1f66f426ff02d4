package dev.disstatus.catalog;

import java.util.Optional;

/** A value a catalog writes as a key, such as the guidance {@code modify-request}; the guidance enums are these. */
interface KeyedValue {
  /** The value as a catalog writes it. */
  String key();

  /** The one of the values that a catalog key names, if any. */
  static <E extends KeyedValue> Optional<E> ofKey(E[] values, String key) {
    for (E value : values) {
      if (value.key().equals(key)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The catalog keys of the values, comma-separated, for messages. */
  static String keys(KeyedValue[] values) {
    StringBuilder keys = new StringBuilder();
    for (KeyedValue value : values) {
      keys.append(keys.length() == 0 ? "" : ", ").append(value.key());
    }
    return keys.toString();
  }
}

package dev.disstatus.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first of a table's drafts to have each value of one key (a code, a Java name), so that a later draft with
 * the same value is reported against the first, at both places.
 *
 * @param <K> the key's value, such as the status code
 * @param <D> the draft
 */
final class FirstByKey<K, D> {
  private final Map<K, D> first = new HashMap<>();

  /** The earlier draft with this value, if there is one; otherwise this draft becomes the first with it. */
  Optional<D> claim(K key, D draft) {
    return Optional.ofNullable(first.putIfAbsent(key, draft));
  }
}

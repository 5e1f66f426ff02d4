package com.example.disclient;

import java.util.EnumMap;
import java.util.Map;

/** Counts DIS's responses by status, for the application's metrics page. */
public final class StatusLog {
  private final Map<DisStatus, Integer> counts = new EnumMap<>(DisStatus.class);
  private int unknown;

  public void record(int code) {
    DisStatus.find(code).ifPresentOrElse(status -> counts.merge(status, 1, Integer::sum), () -> unknown++);
  }

  public String summary() {
    StringBuilder summary = new StringBuilder();
    for (Map.Entry<DisStatus, Integer> entry : counts.entrySet()) {
      DisStatus status = entry.getKey();
      summary.append(status.code()).append(' ').append(status.reasonPhrase())
          .append(status.isError() ? " (error)" : "")
          .append(": ").append(entry.getValue()).append('\n');
    }
    return summary.append("unknown: ").append(unknown).append('\n').toString();
  }
}

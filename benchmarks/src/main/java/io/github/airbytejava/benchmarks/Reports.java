package io.github.airbytejava.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What the report tools share: order statistics and the Markdown table header. */
final class Reports {

  private Reports() {}

  /** A sorted copy of {@code values}. */
  static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }

  /** Linear interpolation between closest ranks. */
  static double quantile(List<? extends Number> sorted, double q) {
    double position = q * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.size() - 1);
    double low = sorted.get(below).doubleValue();
    double high = sorted.get(above).doubleValue();
    return low + (position - below) * (high - low);
  }

  /**
   * The header of a table with a right-aligned "page size" column and one right-aligned column per
   * caller, named by its {@code toString()}.
   */
  static void header(StringBuilder out, Collection<?> columns) {
    out.append("| page size |");
    columns.forEach(c -> out.append(' ').append(c).append(" |"));
    out.append("\n|---:|");
    columns.forEach(c -> out.append("---:|"));
    out.append('\n');
  }
}

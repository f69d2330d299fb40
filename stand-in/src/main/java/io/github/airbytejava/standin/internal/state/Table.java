package io.github.airbytejava.standin.internal.state;

import io.github.airbytejava.standin.internal.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records of one resource, in insertion order (so that paging is stable), with Airbyte's soft
 * delete: a deleted record is hidden from reads but still listed when a caller asks for {@code
 * includeDeleted}.
 *
 * <p>Not thread-safe: callers hold the {@link StateContext} lock.
 *
 * @param <K> the id type
 * @param <V> the record type
 */
public final class Table<K, V> {
  private final String resource;
  private final Map<K, Row<V>> rows = new LinkedHashMap<>();

  /**
   * An empty table.
   *
   * @param resource what one record is called in problem details, e.g. {@code "source"}
   */
  public Table(String resource) {
    this.resource = resource;
  }

  /** Adds a record; an id that is taken (even by a deleted record) is a conflict. */
  public V insert(K id, V value) {
    if (rows.containsKey(id)) {
      throw ProblemException.conflict("A " + resource + " with id " + id + " already exists.");
    }
    rows.put(id, new Row<>(value));
    return value;
  }

  /** The live record with this id, if any. */
  public Optional<V> find(K id) {
    Row<V> row = rows.get(id);
    return row == null || row.deleted ? Optional.empty() : Optional.of(row.value);
  }

  /** The live record with this id, or a resource-not-found problem. */
  public V get(K id) {
    return find(id).orElseThrow(() -> ProblemException.notFound(resource, id));
  }

  /** The live records, oldest first. */
  public List<V> live() {
    return all(false);
  }

  /** The records, oldest first, with the soft-deleted ones if asked. */
  public List<V> all(boolean includeDeleted) {
    List<V> result = new ArrayList<>(rows.size());
    for (Row<V> row : rows.values()) {
      if (includeDeleted || !row.deleted) {
        result.add(row.value);
      }
    }
    return result;
  }

  /** Hides the record from reads but keeps it for {@code includeDeleted}; returns it. */
  public V softDelete(K id) {
    V value = get(id);
    rows.get(id).deleted = true;
    return value;
  }

  /** Forgets the record; returns it. */
  public V remove(K id) {
    V value = get(id);
    rows.remove(id);
    return value;
  }

  /** Forgets every record. */
  public void clear() {
    rows.clear();
  }

  private static final class Row<V> {
    private final V value;
    private boolean deleted;

    private Row(V value) {
      this.value = value;
    }
  }
}

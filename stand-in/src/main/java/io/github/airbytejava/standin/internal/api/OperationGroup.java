package io.github.airbytejava.standin.internal.api;

import io.github.airbytejava.standin.internal.http.OperationRegistry;

/** A resource family: serves some operations and holds some state. */
interface OperationGroup {
  /** Registers the handlers of this family's operations. */
  void register(OperationRegistry registry);

  /** Forgets every record. */
  void clear();
}

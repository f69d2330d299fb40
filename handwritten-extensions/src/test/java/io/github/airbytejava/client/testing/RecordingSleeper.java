package io.github.airbytejava.client.testing;

import io.github.airbytejava.client.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records each requested wait and returns at once. */
public final class RecordingSleeper implements Sleeper {

  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }
}

package io.github.airbytejava.specchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BasePathTest {

  private static final List<String> SERVERS = List.of("/v1", "/api/public/v1");

  @Test
  void picksTheServerPathTheRequestIsUnder() {
    assertThat(BasePath.of("/api/public/v1/jobs/1", SERVERS)).contains("/api/public/v1");
    assertThat(BasePath.of("/v1/jobs/1", SERVERS)).contains("/v1");
    assertThat(BasePath.of("/v1", SERVERS)).contains("/v1");
  }

  @Test
  void leavesTheChoiceToTheValidatorWhenNoServerPathFits() {
    assertThat(BasePath.of("/jobs/1", SERVERS)).isEmpty();
    assertThat(BasePath.of("/v10/jobs", SERVERS)).isEmpty();
    assertThat(BasePath.of("/v1/jobs", List.of())).isEmpty();
  }
}

package io.github.airbytejava.standin.internal;

import java.util.List;

/**
 * The kinds of problem the stand-in answers with, named and typed as in Airbyte's problem catalogue
 * ({@code airbyte-api/problems-api/.../api-problems.yaml} in airbyte-platform).
 *
 * <p>Each kind lists the HTTP statuses it may use, best first. The status sent is the first one the
 * operation declares in the spec, so that the answer stays inside the contract; when the operation
 * declares none of them, the first is sent. That is why "not found" is a 404 on {@code getSource}
 * but a 400 on {@code updateWorkspace}, which declares no 404 (Airbyte's own resource-not-found
 * problem defaults to 400 for the same reason).
 */
public enum ProblemKind {
  /** The request breaks the spec, or is malformed. */
  BAD_REQUEST("#bad-request", "bad-request", List.of(400, 422)),
  /**
   * The request fits the spec but cannot be carried out as it stands (an unknown connector type,
   * say).
   */
  UNPROCESSABLE_ENTITY("#unprocessable-entity", "unprocessable-entity", List.of(422, 400)),
  /** An id in the path or the body names nothing. */
  RESOURCE_NOT_FOUND("#resource-not-found", "resource-not-found", List.of(404, 400)),
  /**
   * No access token, an unknown one, an expired one, or wrong client credentials. A 400 on the
   * token endpoint, which declares 400 and 403 but no 401: Airbyte refuses wrong client credentials
   * there with 400.
   */
  INVALID_API_KEY("#invalid-api-key", "invalid-api-key", List.of(401, 400)),
  /** The caller may not do this (change a built-in connector definition, say). */
  FORBIDDEN("#forbidden", "forbidden", List.of(403)),
  /** The request clashes with the current state: a duplicate name, a job that already finished. */
  STATE_CONFLICT("#409-state-conflict", "state-conflict", List.of(409, 400)),
  /** No operation of the spec has this path. */
  NO_SUCH_PATH("#resource-not-found", "resource-not-found", List.of(404)),
  /** The path exists in the spec, but not with this method. */
  METHOD_NOT_ALLOWED("", "method-not-allowed", List.of(405)),
  /** The body is larger than the stand-in accepts. */
  PAYLOAD_TOO_LARGE("", "payload-too-large", List.of(413)),
  /**
   * An operation of the spec that this stand-in has no handler for (a newer spec than the
   * stand-in).
   */
  NOT_IMPLEMENTED("", "not-implemented", List.of(501)),
  /** A bug in the stand-in. */
  UNEXPECTED("", "unexpected-problem", List.of(500));

  /** Where Airbyte's problem types point. */
  public static final String TYPE_BASE = "https://reference.airbyte.com/reference/errors";

  private final String typeFragment;
  private final String title;
  private final List<Integer> statuses;

  ProblemKind(String typeFragment, String title, List<Integer> statuses) {
    this.typeFragment = typeFragment;
    this.title = title;
    this.statuses = statuses;
  }

  /**
   * The problem's {@code type} URI, e.g. {@code
   * https://reference.airbyte.com/reference/errors#bad-request}.
   */
  public String type() {
    return TYPE_BASE + typeFragment;
  }

  /** The problem's {@code title}, e.g. {@code bad-request}. */
  public String title() {
    return title;
  }

  /** The statuses this kind may be sent with, best first. */
  public List<Integer> statuses() {
    return statuses;
  }
}

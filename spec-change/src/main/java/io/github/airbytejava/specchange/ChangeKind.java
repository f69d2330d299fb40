package io.github.airbytejava.specchange;

/**
 * What kind of change a spec change is, whether it breaks a client that relies on the old spec, and the
 * reason shown in the report.
 *
 * <p>"Breaking" is judged from a client's side, and from a Java client's side in particular: a change
 * the server can live with but that renames or removes a generated method, field or argument breaks the
 * code that calls it. Responses are read strictly: a new enum value in a response breaks every client
 * that switches over the old set (ours decodes it to {@code UNKNOWN_DEFAULT_OPEN_API}, which callers
 * still have to handle).
 */
public enum ChangeKind {
  OPERATION_REMOVED(true, "removed operation"),
  OPERATION_ADDED(false, "new operation"),
  OPERATION_DEPRECATED(false, "operation deprecated"),
  OPERATION_ID_CHANGED(true, "operationId changed: the generated method is renamed"),
  OPERATION_GROUP_CHANGED(true, "operation moved to another group: the generated interface changes"),
  SECURITY_TIGHTENED(true, "security requirements changed incompatibly"),
  SECURITY_LOOSENED(false, "security requirements changed compatibly"),

  PARAMETER_ADDED_REQUIRED(true, "new required parameter"),
  PARAMETER_ADDED_OPTIONAL(false, "new optional parameter"),
  PARAMETER_REMOVED(true, "removed parameter"),
  PARAMETER_NOW_REQUIRED(true, "parameter became required"),
  PARAMETER_NOW_OPTIONAL(false, "parameter became optional"),

  REQUEST_BODY_ADDED(true, "new request body"),
  REQUEST_BODY_REMOVED(true, "removed request body"),
  REQUEST_BODY_NOW_REQUIRED(true, "request body became required"),
  REQUEST_BODY_NOW_OPTIONAL(false, "request body became optional"),
  REQUEST_MEDIA_TYPE_REMOVED(true, "request media type removed"),
  REQUEST_MEDIA_TYPE_ADDED(false, "request media type added"),
  REQUEST_FIELD_ADDED_REQUIRED(true, "new required request field"),
  REQUEST_FIELD_ADDED_OPTIONAL(false, "new optional request field"),
  REQUEST_FIELD_REMOVED(true, "removed request field"),
  REQUEST_FIELD_NOW_REQUIRED(true, "request field became required"),
  REQUEST_FIELD_NOW_OPTIONAL(false, "request field became optional"),
  REQUEST_ENUM_VALUE_REMOVED(true, "enum value removed from a request"),
  REQUEST_ENUM_VALUE_ADDED(false, "enum value added to a request"),
  REQUEST_VARIANT_REMOVED(true, "variant removed from a request union"),
  REQUEST_VARIANT_ADDED(false, "variant added to a request union"),
  REQUEST_NO_LONGER_NULLABLE(true, "request value no longer nullable"),
  REQUEST_NOW_NULLABLE(false, "request value now nullable"),

  RESPONSE_STATUS_ADDED(false, "new response status"),
  RESPONSE_STATUS_REMOVED(true, "removed response status"),
  RESPONSE_MEDIA_TYPE_REMOVED(true, "response media type removed"),
  RESPONSE_MEDIA_TYPE_ADDED(false, "response media type added"),
  RESPONSE_FIELD_ADDED(false, "new response field"),
  RESPONSE_FIELD_REMOVED(true, "removed response field"),
  RESPONSE_FIELD_NO_LONGER_REQUIRED(true, "response field no longer required"),
  RESPONSE_FIELD_NOW_REQUIRED(false, "response field now required"),
  RESPONSE_ENUM_VALUE_ADDED(true, "enum value added to a response"),
  RESPONSE_ENUM_VALUE_REMOVED(false, "enum value removed from a response"),
  RESPONSE_VARIANT_ADDED(true, "variant added to a response union"),
  RESPONSE_VARIANT_REMOVED(false, "variant removed from a response union"),
  RESPONSE_NOW_NULLABLE(true, "response value now nullable"),
  RESPONSE_NO_LONGER_NULLABLE(false, "response value no longer nullable"),

  TYPE_CHANGED(true, "changed type"),
  FORMAT_CHANGED(true, "changed format"),
  DISCRIMINATOR_CHANGED(true, "changed discriminator"),
  CONSTRAINT_TIGHTENED(true, "constraint changed incompatibly (length, range, pattern, items)"),
  CONSTRAINT_RELAXED(false, "constraint changed compatibly (length, range, pattern, items)"),
  /** openapi-diff judged a change incompatible that none of the kinds above describe. */
  OTHER_INCOMPATIBLE(true, "other incompatible change (openapi-diff)");

  private final boolean breaking;
  private final String reason;

  ChangeKind(boolean breaking, String reason) {
    this.breaking = breaking;
    this.reason = reason;
  }

  /** Whether a client relying on the old spec breaks. */
  public boolean breaking() {
    return breaking;
  }

  /** The reason, as the report words it. */
  public String reason() {
    return reason;
  }
}

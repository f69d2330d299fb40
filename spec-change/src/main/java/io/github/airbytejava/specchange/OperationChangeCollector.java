package io.github.airbytejava.specchange;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedSecurityRequirements;

/**
 * Turns openapi-diff's comparison of one operation into the report's {@link Change}s: the operation's
 * name, its parameters, its request body and its responses (the schemas are walked by {@link
 * SchemaChangeCollector}). Descriptions, summaries and examples are not contract and are left out.
 *
 * <p>openapi-diff has its own verdict on each operation. Where it calls an operation incompatible and
 * none of the kinds found here is breaking, an {@link ChangeKind#OTHER_INCOMPATIBLE} change is added: the
 * report never calls compatible what openapi-diff calls breaking.
 */
final class OperationChangeCollector {

  private final List<Change> changes = new ArrayList<>();

  private OperationChangeCollector() {}

  /** The changes to one operation; empty when only its documentation changed. */
  static List<Change> collect(ChangedOperation operation) {
    OperationChangeCollector collector = new OperationChangeCollector();
    collector.operation(operation);
    return List.copyOf(collector.changes);
  }

  private void operation(ChangedOperation changed) {
    Operation before = changed.getOldOperation();
    Operation after = changed.getNewOperation();
    if (!Objects.equals(before.getOperationId(), after.getOperationId())) {
      add(ChangeKind.OPERATION_ID_CHANGED, "", before.getOperationId() + " -> " + after.getOperationId());
    }
    if (changed.isDeprecated() && Boolean.TRUE.equals(after.getDeprecated())) {
      add(ChangeKind.OPERATION_DEPRECATED, "", "");
    }
    parameters(changed.getParameters());
    requestBody(changed.getRequestBody());
    responses(changed.getApiResponses());
    security(changed.getSecurityRequirements());
    if (changed.isIncompatible() && changes.stream().noneMatch(Change::breaking)) {
      add(ChangeKind.OTHER_INCOMPATIBLE, "",
          "openapi-diff marks this operation incompatible; compare the two effective specs");
    }
  }

  private void parameters(ChangedParameters parameters) {
    if (parameters == null) {
      return;
    }
    for (Parameter added : parameters.getIncreased()) {
      boolean required = Boolean.TRUE.equals(added.getRequired());
      add(required ? ChangeKind.PARAMETER_ADDED_REQUIRED : ChangeKind.PARAMETER_ADDED_OPTIONAL, where(added), "");
    }
    for (Parameter removed : parameters.getMissing()) {
      add(ChangeKind.PARAMETER_REMOVED, where(removed), "");
    }
    for (ChangedParameter parameter : parameters.getChanged()) {
      String where = parameter.getIn() + " parameter " + parameter.getName();
      if (parameter.isChangeRequired()) {
        add(Boolean.TRUE.equals(parameter.getNewParameter().getRequired())
            ? ChangeKind.PARAMETER_NOW_REQUIRED : ChangeKind.PARAMETER_NOW_OPTIONAL, where, "");
      }
      new SchemaChangeCollector(SchemaChangeCollector.Side.REQUEST, changes::add).walk(parameter.getSchema(), where);
      content(parameter.getContent(), where, SchemaChangeCollector.Side.REQUEST);
    }
  }

  private void requestBody(ChangedRequestBody body) {
    if (body == null) {
      return;
    }
    RequestBody before = body.getOldRequestBody();
    RequestBody after = body.getNewRequestBody();
    if (before == null || after == null) {
      add(before == null ? ChangeKind.REQUEST_BODY_ADDED : ChangeKind.REQUEST_BODY_REMOVED, "request body", "");
      return;
    }
    if (body.isChangeRequired()) {
      boolean required = Boolean.TRUE.equals(after.getRequired());
      add(required ? ChangeKind.REQUEST_BODY_NOW_REQUIRED : ChangeKind.REQUEST_BODY_NOW_OPTIONAL, "request body", "");
    }
    content(body.getContent(), "request body", SchemaChangeCollector.Side.REQUEST);
  }

  private void responses(ChangedApiResponse responses) {
    if (responses == null) {
      return;
    }
    for (String status : responses.getIncreased().keySet()) {
      add(ChangeKind.RESPONSE_STATUS_ADDED, "response " + status, "");
    }
    // Breaking even for an error status, as openapi-diff has it: a client may handle that status specially.
    for (String status : responses.getMissing().keySet()) {
      add(ChangeKind.RESPONSE_STATUS_REMOVED, "response " + status, "");
    }
    responses.getChanged().forEach((status, response) ->
        content(response.getContent(), "response " + status, SchemaChangeCollector.Side.RESPONSE));
  }

  private void content(ChangedContent content, String where, SchemaChangeCollector.Side side) {
    if (content == null) {
      return;
    }
    boolean request = side == SchemaChangeCollector.Side.REQUEST;
    for (String mediaType : content.getIncreased().keySet()) {
      add(request ? ChangeKind.REQUEST_MEDIA_TYPE_ADDED : ChangeKind.RESPONSE_MEDIA_TYPE_ADDED, where, mediaType);
    }
    for (Map.Entry<String, MediaType> removed : content.getMissing().entrySet()) {
      add(request ? ChangeKind.REQUEST_MEDIA_TYPE_REMOVED : ChangeKind.RESPONSE_MEDIA_TYPE_REMOVED,
          where, removed.getKey());
    }
    // JSON is the norm here; name the media type only when there is something else to tell it from.
    boolean several = content.getChanged().size() > 1;
    content.getChanged().forEach((mediaType, changed) -> new SchemaChangeCollector(side, changes::add)
        .walk(changed.getSchema(), several ? where + " (" + mediaType + ")" : where));
  }

  private void security(ChangedSecurityRequirements security) {
    if (security != null && security.isDifferent()) {
      add(security.isIncompatible() ? ChangeKind.SECURITY_TIGHTENED : ChangeKind.SECURITY_LOOSENED, "security", "");
    }
  }

  private void add(ChangeKind kind, String where, String detail) {
    changes.add(new Change(kind, where, detail));
  }

  private static String where(Parameter parameter) {
    return parameter.getIn() + " parameter " + parameter.getName();
  }
}

package io.github.airbytejava.standin.internal.http;

import java.util.Map;
import javax.annotation.Nullable;

/**
 * A response ready to be written: status, content type, extra headers and body bytes.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header, or null when there is no body
 * @param headers further headers
 * @param body the body bytes, empty for none
 */
public record Reply(
    int status, @Nullable String contentType, Map<String, String> headers, byte[] body) {}

package io.github.airbytejava.client.internal;

import feign.Request;
import io.github.airbytejava.client.AirbyteErrorDetails;
import java.net.URI;
import java.net.URISyntaxException;

/** Describes a Feign request for error messages: method, path without query, operation name. */
final class RequestDescriptions {

  private RequestDescriptions() {}

  static AirbyteErrorDetails of(Request request) {
    if (request == null) {
      return AirbyteErrorDetails.none();
    }
    String operation = null;
    if (request.requestTemplate() != null && request.requestTemplate().methodMetadata() != null) {
      operation = request.requestTemplate().methodMetadata().configKey();
    }
    return AirbyteErrorDetails.ofRequest(
        request.httpMethod().name(), pathOf(request.url()), operation);
  }

  /** The path of {@code url}; query values may identify customers and stay out of messages. */
  static String pathOf(String url) {
    try {
      String path = new URI(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (URISyntaxException e) {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query);
    }
  }

  /**
   * {@code scheme://host[:port]} of {@code url}, or the text before its path if it will not parse.
   */
  static String originOf(String url) {
    try {
      URI uri = new URI(url);
      return uri.getScheme() + "://" + uri.getRawAuthority();
    } catch (URISyntaxException e) {
      return "the server";
    }
  }

  /** {@code scheme://host[:port]/path} of an absolute URL, without query or fragment. */
  static String pathOfAbsolute(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null) {
        return pathOf(url);
      }
      return uri.getScheme()
          + "://"
          + uri.getRawAuthority()
          + (uri.getRawPath() == null ? "" : uri.getRawPath());
    } catch (URISyntaxException e) {
      return "another URL";
    }
  }
}

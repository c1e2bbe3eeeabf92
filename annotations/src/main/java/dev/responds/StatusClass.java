package dev.responds;

/** The five classes of HTTP status codes, by their first digit. */
public enum StatusClass {
  /** 1xx: interim responses about the transfer, sent by the server itself. */
  INFORMATIONAL,
  /** 2xx: the request was received, understood and accepted. */
  SUCCESS,
  /** 3xx: the client must take further action to complete the request. */
  REDIRECTION,
  /** 4xx: the request is at fault. */
  CLIENT_ERROR,
  /** 5xx: the server failed to fulfil a valid request. */
  SERVER_ERROR;

  /** The class of {@code code}, or {@code null} when it lies outside 100 to 599. */
  public static StatusClass of(int code) {
    if (code < 100 || code > 599) {
      return null;
    }
    return values()[code / 100 - 1];
  }
}

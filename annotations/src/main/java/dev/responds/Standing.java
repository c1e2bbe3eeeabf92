package dev.responds;

/** Where a status code stands in the IANA registry and in practice. */
public enum Standing {
  /** Registered by an RFC on the standards track (RFC 9110 and its extensions). */
  STANDARD,
  /** Registered by the WebDAV RFCs (4918, 5842); meaningful to WebDAV clients. */
  WEBDAV,
  /** Registered by an experimental RFC or as a temporary registration. */
  EXPERIMENTAL,
  /** Registered but deprecated, removed, or obsoleted: new code should not send it. */
  DEPRECATED,
  /** Reserved and unused: it has no meaning in HTTP. */
  UNUSED,
  /** Not registered with IANA; used by one vendor's servers or services. */
  VENDOR
}

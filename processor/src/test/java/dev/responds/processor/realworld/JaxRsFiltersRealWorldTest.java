package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import dev.responds.processor.Compiler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JAX-RS container filters answer requests too: a request filter that stops one with {@code
 * abortWith(..)}, a response filter that rewrites the status and headers. They are judged by the
 * rules about what a response carries, never by those about handlers.
 */
final class JaxRsFiltersRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  /** A bearer-token filter of a small API: the abort without a challenge is the bug. */
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void authenticationFilterAbortsWithoutChallenge(String namespace) {
    assertThat(findingsOf("com.example.security.BearerTokenFilter", """
        package com.example.security;

        import %1$s.ws.rs.NotAuthorizedException;
        import %1$s.ws.rs.container.ContainerRequestContext;
        import %1$s.ws.rs.container.ContainerRequestFilter;
        import %1$s.ws.rs.core.HttpHeaders;
        import %1$s.ws.rs.core.Response;
        import %1$s.ws.rs.ext.Provider;
        import java.util.Set;

        @Provider
        public class BearerTokenFilter implements ContainerRequestFilter {
          private final Set<String> tokens = Set.of("t-1", "t-2");

          @Override
          public void filter(ContainerRequestContext request) {
            String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (header == null) {
              request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                  .entity("missing token").build());
              return;
            }
            if (!header.startsWith("Bearer ")) {
              throw new NotAuthorizedException("Bearer realm=\\"api\\"");
            }
            if (!tokens.contains(header.substring(7))) {
              request.abortWith(Response.status(401)
                  .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\\"invalid_token\\"")
                  .build());
            }
          }
        }
        """.formatted(namespace.equals("jakarta") ? "jakarta" : "javax")))
        .containsExactly("ERROR BearerTokenFilter.java:19 [challenge-required]");
  }

  /** Rate limiting and maintenance answered from filters: clients need to know when to retry. */
  @Test
  void rateLimitAndMaintenanceFilters() {
    assertThat(findingsOf("com.example.limits.Limits", """
        package com.example.limits;

        import jakarta.ws.rs.ServiceUnavailableException;
        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerRequestFilter;
        import jakarta.ws.rs.core.Response;
        import java.util.concurrent.atomic.AtomicInteger;

        class Limits {
          static final class RateLimitFilter implements ContainerRequestFilter {
            private final AtomicInteger budget = new AtomicInteger(100);

            @Override
            public void filter(ContainerRequestContext request) {
              if (budget.decrementAndGet() < 0) {
                request.abortWith(Response.status(429).entity("slow down").build());
              }
            }
          }

          static final class PoliteRateLimitFilter implements ContainerRequestFilter {
            private final AtomicInteger budget = new AtomicInteger(100);

            @Override
            public void filter(ContainerRequestContext request) {
              if (budget.decrementAndGet() < 0) {
                request.abortWith(Response.status(Response.Status.TOO_MANY_REQUESTS)
                    .header("Retry-After", 30).build());
              }
            }
          }

          static final class MaintenanceFilter implements ContainerRequestFilter {
            volatile boolean down;

            @Override
            public void filter(ContainerRequestContext request) {
              if (down && request.getMethod().equals("POST")) {
                request.abortWith(Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
              } else if (down) {
                throw new ServiceUnavailableException(120L);
              }
            }
          }
        }
        """)).containsExactly(
            "WARNING Limits.java:16 [retry-after]",
            "WARNING Limits.java:39 [retry-after]");
  }

  /** What an abort builds is judged like a handler's response: no body on 204, Location on 201. */
  @Test
  void abortedResponsesFollowTheResponseRules() {
    assertThat(findingsOf("com.example.api.ShortCircuits", """
        package com.example.api;

        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerRequestFilter;
        import jakarta.ws.rs.container.PreMatching;
        import jakarta.ws.rs.core.Response;
        import java.net.URI;

        class ShortCircuits {
          @PreMatching
          static final class DuplicateSubmissionFilter implements ContainerRequestFilter {
            @Override
            public void filter(ContainerRequestContext request) {
              String key = request.getHeaderString("Idempotency-Key");
              if (key != null && key.startsWith("done-")) {
                request.abortWith(Response.noContent().entity("already processed").build());
              } else if (key != null && key.startsWith("made-")) {
                request.abortWith(Response.status(Response.Status.CREATED).build());
              } else if (key != null && key.startsWith("at-")) {
                request.abortWith(Response.created(URI.create("/orders/" + key.substring(3))).build());
              }
            }
          }

          @PreMatching
          static final class CorsPreflightFilter implements ContainerRequestFilter {
            @Override
            public void filter(ContainerRequestContext request) {
              if (request.getMethod().equals("OPTIONS")) {
                request.abortWith(Response.ok()
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", "GET, POST")
                    .build());
              }
            }
          }
        }
        """)).containsExactly(
            "ERROR ShortCircuits.java:16 [body-forbidden]",
            "ERROR ShortCircuits.java:18 [created-location]");
  }

  /** A filter that only reads, or decides a status at run time, or hands the abort to a helper, says nothing. */
  @Test
  void filtersThatDoNotAnswerOrAnswerUnknownStatusesStaySilent() {
    assertThat(findingsOf("com.example.obs.Observability", """
        package com.example.obs;

        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerRequestFilter;
        import jakarta.ws.rs.container.ContainerResponseContext;
        import jakarta.ws.rs.container.ContainerResponseFilter;
        import jakarta.ws.rs.core.Response;
        import java.util.function.Consumer;

        class Observability {
          static final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
            @Override
            public void filter(ContainerRequestContext request) {
              request.setProperty("started", System.nanoTime());
            }

            @Override
            public void filter(ContainerRequestContext request, ContainerResponseContext response) {
              response.getHeaders().add("X-Request-Id", request.getHeaderString("X-Request-Id"));
            }
          }

          static final class PolicyFilter implements ContainerRequestFilter {
            private final int status;
            private final Consumer<ContainerRequestContext> audit;

            PolicyFilter(int status, Consumer<ContainerRequestContext> audit) {
              this.status = status;
              this.audit = audit;
            }

            @Override
            public void filter(ContainerRequestContext request) {
              audit.accept(request);
              if (request.getUriInfo().getPath().startsWith("blocked")) {
                request.abortWith(Response.status(status).build());
              }
            }
          }
        }
        """)).isEmpty();
  }

  /** A response filter that rewrites the status answers with the headers it sets itself. */
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void responseFiltersRewritingTheStatus(String namespace) {
    assertThat(findingsOf("com.example.web.StatusRewrites", """
        package com.example.web;

        import %1$s.ws.rs.container.ContainerRequestContext;
        import %1$s.ws.rs.container.ContainerResponseContext;
        import %1$s.ws.rs.container.ContainerResponseFilter;
        import %1$s.ws.rs.core.MultivaluedMap;
        import %1$s.ws.rs.core.Response;
        import java.util.Collection;

        class StatusRewrites {
          /** Old clients expect 401 where the API now says 403. */
          static final class LegacyAuthFilter implements ContainerResponseFilter {
            @Override
            public void filter(ContainerRequestContext request, ContainerResponseContext response) {
              if (response.getStatus() == 403 && request.getHeaderString("X-Legacy") != null) {
                response.setStatus(401);
              }
            }
          }

          static final class ChallengingLegacyAuthFilter implements ContainerResponseFilter {
            @Override
            public void filter(ContainerRequestContext request, ContainerResponseContext response) {
              if (response.getStatus() == 403) {
                response.setStatusInfo(Response.Status.UNAUTHORIZED);
                MultivaluedMap<String, Object> headers = response.getHeaders();
                headers.putSingle("WWW-Authenticate", "Basic realm=\\"legacy\\"");
              }
            }
          }

          static final class EmptyCollectionFilter implements ContainerResponseFilter {
            @Override
            public void filter(ContainerRequestContext request, ContainerResponseContext response) {
              if (response.getEntity() instanceof Collection<?> items && items.isEmpty()) {
                response.setStatus(204);
                response.setEntity(null);
              }
            }
          }

          static final class KeepsExistingChallenge implements ContainerResponseFilter {
            @Override
            public void filter(ContainerRequestContext request, ContainerResponseContext response) {
              if (response.getHeaderString("WWW-Authenticate") != null) {
                response.setStatus(Response.Status.UNAUTHORIZED.getStatusCode());
              }
            }
          }

          static final class ThrottleFilter implements ContainerResponseFilter {
            @Override
            public void filter(ContainerRequestContext request, ContainerResponseContext response) {
              if (request.getProperty("throttled") != null) {
                response.setStatus(429);
                response.getHeaders().putSingle("Retry-After", "60");
              }
            }
          }
        }
        """.formatted(namespace))).containsExactly("ERROR StatusRewrites.java:16 [challenge-required]");
  }

  /** The fix a response filter is told names its own way of setting a header. */
  @Test
  void responseFilterFindingNamesTheHeaderMap() {
    assertThat(Compiler.messages(Compiler.compile(source("com.example.web.Maintenance", """
        package com.example.web;

        import jakarta.ws.rs.container.ContainerRequestContext;
        import jakarta.ws.rs.container.ContainerResponseContext;
        import jakarta.ws.rs.container.ContainerResponseFilter;

        class Maintenance implements ContainerResponseFilter {
          volatile boolean down;

          @Override
          public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (down) {
              response.setStatus(503);
            }
          }
        }
        """)))).containsExactly("[retry-after] 503 Service Unavailable should carry a Retry-After"
            + " header, but this response has none: set it on the same response,"
            + " response.getHeaders().putSingle(\"Retry-After\", ...)");
  }
}

package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import dev.responds.processor.Compiler;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Spring handlers that answer through the servlet API: a status set with {@code setStatus} or
 * {@code sendError}, headers with {@code setHeader}/{@code addHeader}, anywhere in the method.
 */
final class ServletResponsesRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  /**
   * The javax servlet API is not on the test class path: the part of it these handlers use,
   * declared under its real name, which is all the processor goes by.
   */
  private static final String JAVAX_SERVLET_RESPONSE = """
      package javax.servlet.http;

      public interface HttpServletResponse {
        int SC_OK = 200;
        int SC_UNAUTHORIZED = 401;

        void setStatus(int status);

        void sendError(int status) throws java.io.IOException;

        void sendError(int status, String message) throws java.io.IOException;

        void sendRedirect(String location) throws java.io.IOException;

        void setHeader(String name, String value);

        void addHeader(String name, String value);

        void setContentType(String type);

        java.io.PrintWriter getWriter() throws java.io.IOException;
      }
      """;

  /** A login endpoint of an older service: the 401s it sends by hand, with and without a challenge. */
  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void unauthorizedWrittenOnTheServletResponse(String namespace) {
    assertThat(RealWorld.findingsOf(
        source("javax.servlet.http.HttpServletResponse", JAVAX_SERVLET_RESPONSE),
        source("com.example.auth.TokenController", """
        package com.example.auth;

        import %s.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.util.Map;
        import org.springframework.http.HttpHeaders;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/auth")
        class TokenController {
          private final Map<String, String> users = Map.of("ada", "secret");

          @PostMapping("/token")
          void token(@RequestParam String user, @RequestParam String password,
              HttpServletResponse response) throws IOException {
            if (!password.equals(users.get(user))) {
              response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "bad credentials");
              return;
            }
            response.setContentType("text/plain");
            response.getWriter().write("token-for-" + user);
          }

          @GetMapping("/me")
          void me(@RequestHeader(value = "Authorization", required = false) String authorization,
              HttpServletResponse response) throws IOException {
            if (authorization == null) {
              response.sendError(401);
              return;
            }
            response.getWriter().write("ada");
          }

          @GetMapping("/challenge")
          void challenge(@RequestHeader(value = "Authorization", required = false) String authorization,
              HttpServletResponse response) throws IOException {
            if (authorization == null) {
              response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            // Set after the status, in another statement: it still goes out with the 401.
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\\"api\\"");
          }

          @GetMapping("/basic")
          void basic(HttpServletResponse response) {
            response.addHeader("www-authenticate", "Basic realm=\\"legacy\\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
          }

          @ExceptionHandler(SecurityException.class)
          void denied(SecurityException e, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
          }
        }
        """.formatted(namespace)))).containsExactly(
            "ERROR TokenController.java:18 [challenge-required]",
            "ERROR TokenController.java:29 [challenge-required]",
            "ERROR TokenController.java:53 [challenge-required]");
  }

  /** Redirects written by hand: a 302 status needs its Location, which sendRedirect always sets. */
  @Test
  void redirectsWrittenOnTheServletResponse() {
    assertThat(findingsOf("com.example.links.LinkController", """
        package com.example.links;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class LinkController {
          @GetMapping("/go/{code}")
          void go(@PathVariable String code, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_FOUND);
          }

          @GetMapping("/moved/{code}")
          void moved(@PathVariable String code, HttpServletResponse response) {
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
          }

          @GetMapping("/s/{code}")
          void shortLink(@PathVariable String code, HttpServletResponse response) {
            response.setHeader(HttpHeaders.LOCATION, "https://example.com/" + code);
            response.setStatus(HttpServletResponse.SC_MOVED_TEMPORARILY);
          }

          @GetMapping("/old/{code}")
          void old(@PathVariable String code, HttpServletResponse response) {
            response.setStatus(301);
            if (!code.isEmpty()) {
              response.addHeader("Location", "/s/" + code);
            }
          }

          @GetMapping("/legacy")
          void legacy(HttpServletResponse response) throws IOException {
            response.sendRedirect("/s/home");
          }

          @GetMapping("/see/{code}")
          void see(@PathVariable String code, HttpServletResponse response) throws IOException {
            response.setStatus(303);
            response.sendRedirect("/s/" + code);
          }
        }
        """)).containsExactly(
            "ERROR LinkController.java:13 [redirect-location]",
            "ERROR LinkController.java:18 [redirect-location]");
  }

  /**
   * A response handed to other code (a service that streams a file into it, a helper of the same
   * class, a wrapper) may get any header and any body there: nothing is known, nothing fires.
   */
  @Test
  void responsesHandedToOtherCodeAreUnknown() {
    assertThat(findingsOf("com.example.files.DownloadController", """
        package com.example.files;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class DownloadController {
          interface FileService {
            void streamTo(String name, HttpServletResponse response) throws IOException;
          }

          private final FileService files;

          DownloadController(FileService files) {
            this.files = files;
          }

          @GetMapping("/files/{name}")
          void download(@PathVariable String name, HttpServletResponse response) throws IOException {
            files.streamTo(name, response);
          }

          @GetMapping("/private/{name}")
          void privateFile(@PathVariable String name, HttpServletResponse response) throws IOException {
            if (name.startsWith(".")) {
              response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
              challenge(response);
              return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            files.streamTo(name, response);
          }

          @GetMapping("/wrapped")
          void wrapped(HttpServletResponse response) {
            HttpServletResponse same = response;
            response.setStatus(302);
            same.setHeader("Location", "/files/a");
          }

          @GetMapping("/named/{header}")
          void named(@PathVariable String header, HttpServletResponse response) {
            response.setHeader(header, "/files/a");
            response.setStatus(302);
          }

          private void challenge(HttpServletResponse response) {
            response.setHeader("WWW-Authenticate", "Basic realm=\\"files\\"");
          }
        }
        """)).isEmpty();
  }

  /**
   * 200 set by hand with nothing written is the empty 200 nobody meant; written to, or left to a
   * view or a returned body, it is fine. A handler returning a ResponseEntity has the last word
   * on status and headers, so a status set on the servlet response there says nothing of them.
   */
  @Test
  void okWrittenWithoutABody() {
    assertThat(findingsOf("com.example.status.PingController", """
        package com.example.status;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.http.ResponseEntity;
        import org.springframework.stereotype.Controller;
        import org.springframework.web.bind.annotation.*;

        @Controller
        class PingController {
          @PostMapping("/ping")
          @ResponseBody
          void ping(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_OK);
          }

          @GetMapping("/pong")
          @ResponseBody
          void pong(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.getOutputStream().write(new byte[] {'o', 'k'});
          }

          @GetMapping("/health")
          @ResponseBody
          String health(HttpServletResponse response) {
            response.setStatus(200);
            return "UP";
          }

          @GetMapping("/login")
          String login(HttpServletResponse response) {
            response.setStatus(401);
            return "login";
          }

          @GetMapping("/entity")
          ResponseEntity<String> entity(HttpServletResponse response) {
            response.setStatus(302);
            return ResponseEntity.ok("fine");
          }

          @GetMapping("/maybe")
          @ResponseBody
          Object maybe(HttpServletResponse response) {
            response.setStatus(302);
            return ResponseEntity.status(302).location(java.net.URI.create("/pong")).build();
          }

          @PostMapping("/head-only")
          @ResponseBody
          void touched(HttpServletResponse response) {
            response.setHeader("X-Touched", "yes");
          }
        }
        """)).containsExactly("WARNING PingController.java:14 [ok-without-body]");
  }

  /** A plain value written as the body keeps the headers set on the response: a 201 still needs Location. */
  @Test
  void statusSetBesideAReturnedBody() {
    assertThat(findingsOf("com.example.notes.NoteController", """
        package com.example.notes;

        import jakarta.servlet.http.HttpServletResponse;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/notes")
        class NoteController {
          record Note(String id, String text) {}

          @PostMapping
          Note create(@RequestBody String text, HttpServletResponse response) {
            Note note = new Note("n1", text);
            response.setStatus(HttpServletResponse.SC_CREATED);
            return note;
          }

          @PostMapping("/located")
          Note createLocated(@RequestBody String text, HttpServletResponse response) {
            Note note = new Note("n2", text);
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.setHeader("Location", "/notes/" + note.id());
            return note;
          }
        }
        """)).containsExactly("ERROR NoteController.java:14 [created-location]");
  }

  /** The fix names the servlet call, on the response the status was written on. */
  @Test
  void theFixSaysWhereToSetTheHeader() {
    assertThat(Compiler.messages(Compiler.compile(source("com.example.links.GoController", """
        package com.example.links;

        import jakarta.servlet.http.HttpServletResponse;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class GoController {
          @GetMapping("/go")
          void go(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
          }
        }
        """)))).containsExactly("[redirect-location] 303 See Other must carry a Location header, but"
        + " this response has none: set it on the same response,"
        + " response.setHeader(\"Location\", ...)");
  }

  /**
   * Partial content written by hand: a multipart/byteranges body carries its ranges in its parts;
   * anything else needs Content-Range. A {@code @ResponseStatus} that Spring applies after the
   * handler returns overrides what it wrote, so there the servlet writes prove nothing.
   */
  @Test
  void partialContentWrittenOnTheServletResponse() {
    assertThat(findingsOf("com.example.video.StreamController", """
        package com.example.video;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import java.util.UUID;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class StreamController {
          @GetMapping("/videos/{id}")
          void stream(@PathVariable String id, HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setContentType("video/mp4");
            response.getOutputStream().write(new byte[16]);
          }

          @GetMapping("/videos/{id}/ranged")
          void ranged(@PathVariable String id, HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes 0-15/64");
            response.getOutputStream().write(new byte[16]);
          }

          @GetMapping("/videos/{id}/parts")
          void parts(@PathVariable String id, HttpServletResponse response) throws IOException {
            String boundary = UUID.randomUUID().toString();
            response.setStatus(206);
            response.setContentType("multipart/byteranges; boundary=" + boundary);
            response.getOutputStream().write(new byte[16]);
          }

          @GetMapping("/videos/{id}/gone")
          @ResponseStatus(HttpStatus.GONE)
          void gone(@PathVariable String id, HttpServletResponse response) {
            response.setStatus(302);
          }
        }
        """)).containsExactly("ERROR StreamController.java:13 [content-range-required]");
  }

  /**
   * The response reached another way than a parameter: a proxy Spring injects into a field, or
   * the native response of a {@code NativeWebRequest}. Headers and body may be written there.
   */
  @Test
  void responsesReachedOtherwiseAreUnknown() {
    assertThat(findingsOf("com.example.legacy.ExportController", """
        package com.example.legacy;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.beans.factory.annotation.Autowired;
        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class ExportController {
          @Autowired
          private HttpServletResponse response;

          @PostMapping("/exports")
          @ResponseStatus(HttpStatus.CREATED)
          String export(@RequestBody String query) {
            response.setHeader("Location", "/exports/1");
            response.setStatus(HttpServletResponse.SC_FOUND);
            return "export of " + query;
          }

          @GetMapping("/exports/latest")
          void latest() throws IOException {
            response.getWriter().write("id,total");
          }
        }
        """)).isEmpty();
    assertThat(findingsOf("com.example.legacy.CsvController", """
        package com.example.legacy;

        import jakarta.servlet.http.HttpServletResponse;
        import java.io.IOException;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.context.request.NativeWebRequest;

        @RestController
        class CsvController {
          @GetMapping("/csv")
          void csv(NativeWebRequest request) throws IOException {
            request.getNativeResponse(HttpServletResponse.class).getWriter().write("id,total");
          }

          @GetMapping("/empty")
          void empty() {
          }
        }
        """)).containsExactly("WARNING CsvController.java:16 [ok-without-body]");
  }
}

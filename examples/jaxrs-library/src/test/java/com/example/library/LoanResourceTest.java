package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resource that Responds checked, served by Jersey on a free loopback port. */
final class LoanResourceTest {
  private HttpServer server;
  private URI base;
  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = URI.create("http://127.0.0.1:" + port + "/");
    server = LibraryServer.start(base);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "text/plain")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void lendingAnswers201WithLocationAndTheLoanIsThere() throws Exception {
    HttpResponse<String> created = send("POST", "loans", "Dune");
    assertEquals(201, created.statusCode());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/loans/1"), location);
    assertEquals("Dune", send("GET", "loans/1", null).body());

    HttpResponse<String> latest = send("GET", "loans/latest", null);
    assertEquals(303, latest.statusCode());
    assertTrue(latest.headers().firstValue("Location").orElseThrow().endsWith("/loans/1"));
  }

  @Test
  void unknownLoanIs404AndGivingBackIs204() throws Exception {
    assertEquals(404, send("GET", "loans/42", null).statusCode());
    HttpResponse<String> returned = send("DELETE", "loans/42", null);
    assertEquals(204, returned.statusCode());
    assertEquals("", returned.body());
  }
}

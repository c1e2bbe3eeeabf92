package com.example.library;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Serves the library with Jersey on the JDK's HTTP server. */
public final class LibraryServer {
  private LibraryServer() {}

  /** Starts on {@code baseUri}; port 0 picks a free port. */
  public static HttpServer start(URI baseUri) {
    return JdkHttpServerFactory.createHttpServer(baseUri, new ResourceConfig().register(new LoanResource()));
  }
}

package com.example.library;

import static dev.responds.Status.CREATED;
import static dev.responds.Status.NOT_FOUND;
import static dev.responds.Status.NO_CONTENT;
import static dev.responds.Status.OK;
import static dev.responds.Status.SEE_OTHER;

import dev.responds.Responds;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Loans of a library, written the way the Jakarta REST tutorials write a resource. */
@Path("/loans")
@Produces(MediaType.TEXT_PLAIN)
public class LoanResource {
  private final Map<String, String> loans = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  @GET
  @Path("{id}")
  @Responds(OK)
  @Responds(NOT_FOUND)
  public String get(@PathParam("id") String id) {
    String book = loans.get(id);
    if (book == null) {
      throw new NotFoundException("no loan " + id);
    }
    return book;
  }

  @POST
  @Responds(CREATED)
  public Response lend(String book, @Context UriInfo uriInfo) {
    String id = String.valueOf(ids.incrementAndGet());
    loans.put(id, book);
    URI location = uriInfo.getAbsolutePathBuilder().path(id).build();
    return LoanResourceResponses.lendCreated(location, book);
  }

  @GET
  @Path("latest")
  @Responds(SEE_OTHER)
  public Response latest(@Context UriInfo uriInfo) {
    URI newest = uriInfo.getBaseUriBuilder().path("loans").path(String.valueOf(ids.get())).build();
    return LoanResourceResponses.latestSeeOther(newest);
  }

  @DELETE
  @Path("{id}")
  @Responds(NO_CONTENT)
  public void giveBack(@PathParam("id") String id) {
    loans.remove(id);
  }
}

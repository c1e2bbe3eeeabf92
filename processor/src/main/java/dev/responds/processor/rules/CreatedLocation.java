package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "created-location", severity = Severity.ERROR,
    summary = "201 without a Location header, except from a PUT to a path that names the resource")
public final class CreatedLocation extends MissingHeaderRule {

  /**
   * A PUT creates the resource at the target URI, which then identifies it (RFC 9110 section
   * 15.3.2), but only when that URI names one resource: its last segment holds a path variable
   * ({@code PUT /teams/{name}}). A PUT to a collection ({@code PUT /teams}) that answers 201 made
   * a resource somewhere else, and must say where like a POST.
   */
  @Override
  protected boolean exempt(Handler handler, Answer answer) {
    return handler.httpMethods().contains("PUT") && lastSegmentIsVariable(handler.path());
  }

  private static boolean lastSegmentIsVariable(String path) {
    return path.substring(path.lastIndexOf('/') + 1).contains("{");
  }

  /** The Location of a created resource; a redirect's is {@link RedirectLocation}'s. */
  @Override
  protected boolean covers(int status, String header) {
    return status / 100 == 2 && header.equals(Headers.LOCATION);
  }

  @Override
  protected boolean fixReturnsAResponse(Handler handler) {
    return true;
  }

  @Override
  protected String fix(Handler handler, int status) {
    if (isMicronaut(handler)) {
      return "return HttpResponse.created(body, uri) (or HttpResponse.created(uri)) with the new"
          + " resource's URI";
    }
    return isSpring(handler)
        ? "return ResponseEntity.created(uri) (or add .location(uri)) with the new resource's URI"
        : "return Response.created(uri) with the new resource's URI";
  }
}

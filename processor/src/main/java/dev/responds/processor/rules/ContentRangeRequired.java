package dev.responds.processor.rules;

import dev.responds.processor.model.Answer;
import dev.responds.processor.model.Handler;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "content-range-required", severity = Severity.ERROR,
    summary = "206 without Content-Range, unless the media type is multipart/byteranges")
public final class ContentRangeRequired extends MissingHeaderRule {
  private static final String BYTERANGES = "multipart/byteranges";

  @Override
  protected boolean covers(int status, String header) {
    return status == 206;
  }

  /**
   * A multipart/byteranges body carries a Content-Range in each part instead: declared in
   * {@code produces}, or set as the response's Content-Type (to that, or to a value computed at
   * run time, which might be that).
   */
  @Override
  protected boolean exempt(Handler handler, Answer answer) {
    return handler.produces().stream().anyMatch(type -> type.startsWith(BYTERANGES))
        || answer.headers().mayHaveContentType(BYTERANGES);
  }

  @Override
  protected String fix(Handler handler, int status) {
    return "add .header(\"Content-Range\", \"bytes 0-499/1234\") naming the range sent, or produce"
        + " multipart/byteranges";
  }
}

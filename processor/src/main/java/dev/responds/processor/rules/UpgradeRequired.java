package dev.responds.processor.rules;

import dev.responds.processor.model.Handler;
import dev.responds.processor.model.Headers;
import dev.responds.processor.report.Severity;

@RuleInfo(id = "upgrade-required", severity = Severity.ERROR,
    summary = "426 without an Upgrade header")
public final class UpgradeRequired extends MissingHeaderRule {

  @Override
  protected boolean covers(int status, String header) {
    return header.equals(Headers.UPGRADE);
  }

  @Override
  protected String fix(Handler handler, int status) {
    return "add .header(\"Upgrade\", \"HTTP/2\") naming the protocol the client must switch to";
  }
}

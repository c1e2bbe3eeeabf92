package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import org.junit.jupiter.api.Test;

/** A REST controller may still return views: Spring renders them, it does not write them as bodies. */
final class ViewsInRestControllersRealWorldTest {

  @Test
  void redirectViewsAndModelAndViewsAreNotBodies() {
    assertThat(RealWorld.findingsOf(source("com.example.links.LinkController", """
        package com.example.links;

        import org.springframework.http.HttpStatus;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.servlet.ModelAndView;
        import org.springframework.web.servlet.view.RedirectView;

        @RestController
        class LinkController {
          @GetMapping("/docs")
          @ResponseStatus(HttpStatus.MOVED_PERMANENTLY)
          RedirectView docs() {
            return new RedirectView("/swagger-ui/index.html");
          }

          @GetMapping("/go/{code}")
          RedirectView go(@PathVariable String code) {
            RedirectView view = new RedirectView("https://example.com/" + code);
            view.setStatusCode(HttpStatus.SEE_OTHER);
            return view;
          }

          @RequestMapping(value = "/legacy", method = RequestMethod.HEAD)
          ModelAndView legacy() {
            return new ModelAndView("redirect:/docs");
          }
        }
        """))).isEmpty();
  }
}

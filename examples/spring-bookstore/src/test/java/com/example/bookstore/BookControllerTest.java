package com.example.bookstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The controller that Responds checked, answering real requests through Spring MVC (no server). */
final class BookControllerTest {
  private static final String DUNE = "{\"isbn\":\"978-0441013593\",\"title\":\"Dune\"}";

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.standaloneSetup(new BookController()).build();
  }

  private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  @Test
  void createAnswers201WithLocationThen409() throws Exception {
    MockHttpServletResponse created =
        perform(post("/books").contentType(MediaType.APPLICATION_JSON).content(DUNE));
    assertEquals(201, created.getStatus());
    assertEquals("http://localhost/books/978-0441013593", created.getHeader("Location"));
    assertTrue(created.getContentAsString().contains("Dune"));

    MockHttpServletResponse again =
        perform(post("/books").contentType(MediaType.APPLICATION_JSON).content(DUNE));
    assertEquals(409, again.getStatus());
  }

  @Test
  void missingBookIs404AndDeleteIs204WithoutBody() throws Exception {
    assertEquals(404, perform(get("/books/nope")).getStatus());
    MockHttpServletResponse deleted = perform(delete("/books/nope"));
    assertEquals(204, deleted.getStatus());
    assertEquals("", deleted.getContentAsString());
  }
}

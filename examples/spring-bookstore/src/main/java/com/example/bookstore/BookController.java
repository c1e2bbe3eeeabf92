package com.example.bookstore;

import static dev.responds.Status.CONFLICT;
import static dev.responds.Status.CREATED;
import static dev.responds.Status.NOT_FOUND;
import static dev.responds.Status.NO_CONTENT;
import static dev.responds.Status.OK;

import dev.responds.Responds;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The store's books, written the way Spring's guides write a REST controller. */
@RestController
@RequestMapping("/books")
public class BookController {
  private final Map<String, Book> books = new ConcurrentHashMap<>();

  @GetMapping
  @Responds(OK)
  public List<Book> all() {
    return books.values().stream().sorted((a, b) -> a.isbn().compareTo(b.isbn())).toList();
  }

  @GetMapping("/{isbn}")
  @Responds(OK)
  @Responds(NOT_FOUND)
  public Book one(@PathVariable String isbn) {
    Book book = books.get(isbn);
    if (book == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + isbn);
    }
    return book;
  }

  @PostMapping
  @Responds(CREATED)
  @Responds(CONFLICT)
  public ResponseEntity<Book> create(@RequestBody Book book) {
    if (books.putIfAbsent(book.isbn(), book) != null) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(books.get(book.isbn()));
    }
    URI location = ServletUriComponentsBuilder.fromCurrentRequest()
        .path("/{isbn}").buildAndExpand(book.isbn()).toUri();
    return ResponseEntity.created(location).body(book);
  }

  @DeleteMapping("/{isbn}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Responds(NO_CONTENT)
  public void delete(@PathVariable String isbn) {
    books.remove(isbn);
  }
}

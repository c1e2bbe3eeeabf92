package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Downloads, ranges, HEAD and conditional requests, as Spring projects write them. */
final class SpringStreamingAndCachingTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void fileDownloadsAndStreamingBodies() {
    assertThat(findingsOf("com.example.files.FileController", """
        package com.example.files;

        import java.io.IOException;
        import java.nio.charset.StandardCharsets;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import jakarta.servlet.http.HttpServletResponse;
        import org.springframework.core.io.FileSystemResource;
        import org.springframework.core.io.Resource;
        import org.springframework.http.ContentDisposition;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.MediaType;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

        @RestController
        @RequestMapping("/files")
        class FileController {
          private final Path root = Path.of("uploads");

          @GetMapping("/{name}")
          ResponseEntity<Resource> download(@PathVariable String name) {
            Resource file = new FileSystemResource(root.resolve(name));
            if (!file.exists()) {
              return ResponseEntity.notFound().build();
            }
            return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(file);
          }

          @GetMapping("/{name}/inline")
          ResponseEntity<byte[]> inline(@PathVariable String name) throws IOException {
            byte[] bytes = Files.readAllBytes(root.resolve(name));
            HttpHeaders headers = new HttpHeaders();
            headers.setContentDisposition(ContentDisposition.inline().filename(name).build());
            headers.setContentType(MediaType.IMAGE_PNG);
            headers.setContentLength(bytes.length);
            return new ResponseEntity<>(bytes, headers, org.springframework.http.HttpStatus.OK);
          }

          @GetMapping("/export")
          ResponseEntity<StreamingResponseBody> export() {
            StreamingResponseBody stream = out -> out.write("id,name\\n".getBytes(StandardCharsets.UTF_8));
            return ResponseEntity.ok()
                .headers(h -> h.setContentDisposition(ContentDisposition.attachment().filename("export.csv").build()))
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(stream);
          }

          @GetMapping("/report.csv")
          void report(HttpServletResponse response) throws IOException {
            response.setContentType("text/csv");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=report.csv");
            response.getWriter().println("id,total");
          }
        }
        """)).isEmpty();
  }

  /** Video streaming with ResourceRegion: Spring's converter writes Content-Range itself. */
  @Test
  void videoStreamingWithResourceRegions() {
    assertThat(findingsOf("com.example.video.VideoController", """
        package com.example.video;

        import java.io.IOException;
        import java.util.List;
        import org.springframework.core.io.Resource;
        import org.springframework.core.io.UrlResource;
        import org.springframework.core.io.support.ResourceRegion;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpRange;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.MediaType;
        import org.springframework.http.MediaTypeFactory;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class VideoController {
          private static final long CHUNK = 1_000_000L;

          @GetMapping("/videos/{name}")
          ResponseEntity<ResourceRegion> video(@PathVariable String name, @RequestHeader HttpHeaders headers)
              throws IOException {
            Resource video = new UrlResource("file:videos/" + name);
            ResourceRegion region = region(video, headers);
            return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .contentType(MediaTypeFactory.getMediaType(video).orElse(MediaType.APPLICATION_OCTET_STREAM))
                .body(region);
          }

          @GetMapping("/videos/{name}/parts")
          ResponseEntity<List<ResourceRegion>> parts(@PathVariable String name,
              @RequestHeader(HttpHeaders.RANGE) List<HttpRange> ranges) throws IOException {
            Resource video = new UrlResource("file:videos/" + name);
            return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .body(HttpRange.toResourceRegions(ranges, video));
          }

          @GetMapping("/clips/{name}")
          ResponseEntity<byte[]> clip(@PathVariable String name) {
            byte[] part = new byte[100];
            return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(part);
          }

          @GetMapping("/videos/{name}/head")
          ResponseEntity<ResourceRegion> head(@PathVariable String name) throws IOException {
            Resource video = new UrlResource("file:videos/" + name);
            return new ResponseEntity<>(new ResourceRegion(video, 0, CHUNK), HttpStatus.PARTIAL_CONTENT);
          }

          private ResourceRegion region(Resource video, HttpHeaders headers) throws IOException {
            long length = video.contentLength();
            HttpRange range = headers.getRange().isEmpty() ? null : headers.getRange().get(0);
            if (range == null) {
              return new ResourceRegion(video, 0, Math.min(CHUNK, length));
            }
            long start = range.getRangeStart(length);
            return new ResourceRegion(video, start, Math.min(CHUNK, range.getRangeEnd(length) - start + 1));
          }
        }
        """)).containsExactly("ERROR VideoController.java:43 [content-range-required]");
  }

  /** HEAD answered with headers only is what HEAD is for: 200 is right, 204 would be wrong. */
  @Test
  void headHandlersSendOnlyHeaders() {
    assertThat(findingsOf("com.example.docs.DocumentController", """
        package com.example.docs;

        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping("/documents")
        class DocumentController {
          private final Map<String, String> documents = new ConcurrentHashMap<>();

          @RequestMapping(value = "/{id}", method = RequestMethod.HEAD)
          ResponseEntity<Void> exists(@PathVariable String id) {
            String document = documents.get(id);
            if (document == null) {
              return ResponseEntity.notFound().build();
            }
            return ResponseEntity.ok()
                .eTag(Integer.toHexString(document.hashCode()))
                .contentLength(document.length())
                .build();
          }

          @RequestMapping(method = RequestMethod.HEAD)
          ResponseEntity<Void> count() {
            return ResponseEntity.ok().header("X-Total-Count", String.valueOf(documents.size())).build();
          }

          @RequestMapping(value = "/{id}/probe", method = {RequestMethod.GET, RequestMethod.HEAD})
          ResponseEntity<Void> probe(@PathVariable String id) {
            return ResponseEntity.ok().build();
          }
        }
        """)).isEmpty();
  }

  @Test
  void conditionalGetWithWebRequestAndEtags() {
    assertThat(findingsOf("com.example.news.ArticleController", """
        package com.example.news;

        import java.time.Instant;
        import java.util.Map;
        import java.util.concurrent.ConcurrentHashMap;
        import java.util.concurrent.TimeUnit;
        import org.springframework.http.CacheControl;
        import org.springframework.http.HttpHeaders;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.context.request.WebRequest;

        @RestController
        class ArticleController {
          record Article(String id, String text, Instant modified) {}
          private final Map<String, Article> articles = new ConcurrentHashMap<>();

          @GetMapping("/articles/{id}")
          Article article(@PathVariable String id, WebRequest request) {
            Article article = articles.get(id);
            if (request.checkNotModified(article.modified().toEpochMilli())) {
              return null;
            }
            return article;
          }

          @GetMapping("/articles/{id}/text")
          ResponseEntity<String> text(@PathVariable String id,
              @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
            Article article = articles.get(id);
            String etag = "\\"" + article.text().hashCode() + "\\"";
            if (etag.equals(ifNoneMatch)) {
              return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
            }
            return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(30, TimeUnit.DAYS))
                .eTag(etag)
                .body(article.text());
          }

          @GetMapping("/articles/{id}/summary")
          ResponseEntity<String> summary(@PathVariable String id) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
          }
        }
        """)).containsExactly("WARNING ArticleController.java:44 [conditional-without-precondition]");
  }
}

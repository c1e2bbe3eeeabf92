package dev.responds.processor.realworld;

import static com.google.common.truth.Truth.assertThat;
import static dev.responds.processor.Compiler.source;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploads read their body as multipart files, streams or entities, not through @RequestBody. */
final class UploadsRealWorldTest {

  private static List<String> findingsOf(String qualifiedName, String text) {
    return RealWorld.findingsOf(source(qualifiedName, text));
  }

  @Test
  void uploadHandlersThatRejectMediaTypesReadABody() {
    assertThat(findingsOf("com.example.upload.AvatarUploadController", """
        package com.example.upload;

        import dev.responds.Responds;
        import java.io.IOException;
        import java.io.InputStream;
        import java.net.URI;
        import org.springframework.http.HttpEntity;
        import org.springframework.http.HttpStatus;
        import org.springframework.http.MediaType;
        import org.springframework.http.ResponseEntity;
        import org.springframework.web.bind.annotation.*;
        import org.springframework.web.multipart.MultipartFile;

        @RestController
        class AvatarUploadController {

          @PostMapping("/avatars")
          @Responds(201)
          @Responds(415)
          ResponseEntity<Void> upload(@RequestParam("file") MultipartFile file) {
            if (!MediaType.IMAGE_PNG_VALUE.equals(file.getContentType())) {
              return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).build();
            }
            return ResponseEntity.created(URI.create("/avatars/1")).build();
          }

          @PutMapping("/avatars/{id}/raw")
          @Responds(204)
          @Responds(415)
          ResponseEntity<Void> raw(@PathVariable String id, InputStream body,
              @RequestHeader("Content-Type") String type) throws IOException {
            if (!type.startsWith("image/")) {
              return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).build();
            }
            body.transferTo(java.io.OutputStream.nullOutputStream());
            return ResponseEntity.noContent().build();
          }

          @PutMapping("/avatars/{id}/entity")
          @Responds(204)
          @Responds(415)
          ResponseEntity<Void> entity(@PathVariable String id, HttpEntity<byte[]> request) {
            if (!MediaType.IMAGE_PNG.equals(request.getHeaders().getContentType())) {
              return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).build();
            }
            return ResponseEntity.noContent().build();
          }
        }
        """)).isEmpty();
  }
}

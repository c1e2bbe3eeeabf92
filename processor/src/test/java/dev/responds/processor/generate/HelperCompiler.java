package dev.responds.processor.generate;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.responds.processor.RespondsProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles sources with the Responds processor, and loads what the compilation produced. */
final class HelperCompiler {
  static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

  private HelperCompiler() {}

  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of("-Xlint:all,-processing"), sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac()
        .withProcessors(new RespondsProcessor())
        .withOptions(options)
        .compile(sources);
  }

  /** The text of a generated source file, for example {@code "com.example.BookApiResponses"}. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    try {
      return compilation.generatedSourceFile(qualifiedName)
          .orElseThrow(() -> new AssertionError("no generated " + qualifiedName + " in "
              + compilation.generatedSourceFiles()))
          .getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generated source with javadoc lines joined, to find a sentence wherever it was wrapped. */
  static String unwrapped(String source) {
    return source.replaceAll("\n\\s*\\* (?=\\S)", " ");
  }

  /**
   * A class loader over the class files of a successful compilation; the test's own class loader
   * is its parent, so Spring's and JAX-RS's types are the test's.
   */
  static ClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String binaryName = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
          path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(binaryName, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new CompiledClassLoader(classes, HelperCompiler.class.getClassLoader());
  }

  private static final class CompiledClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    CompiledClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}

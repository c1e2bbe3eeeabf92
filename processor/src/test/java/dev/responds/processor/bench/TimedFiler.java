package dev.responds.processor.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac's Filer, with the time spent in it added up: creating a source file (javac checks the
 * name against the class path and the files already written), opening it on disk and writing it. Handed to a
 * processor inside a {@link Environment}, which the processor unwraps as it does the wrappers of
 * IntelliJ and Gradle to reach javac's own environment.
 */
final class TimedFiler implements Filer {
  private final Filer delegate;
  private long nanos;

  TimedFiler(Filer delegate) {
    this.delegate = delegate;
  }

  double milliseconds() {
    return nanos / 1e6;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
    return new TimedFile(timed(() -> delegate.createSourceFile(name, originatingElements)));
  }

  /** A step of the Filer's, which may fail as file operations do. */
  private interface FileStep<T> {
    T run() throws IOException;
  }

  private <T> T timed(FileStep<T> step) throws IOException {
    long start = System.nanoTime();
    try {
      return step.run();
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
    return delegate.createClassFile(name, originatingElements);
  }

  @Override
  public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
      CharSequence relativeName, Element... originatingElements) throws IOException {
    return delegate.createResource(location, moduleAndPackage, relativeName, originatingElements);
  }

  @Override
  public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
      CharSequence relativeName) throws IOException {
    return delegate.getResource(location, moduleAndPackage, relativeName);
  }

  /** A created source file whose writer counts its time too. */
  private final class TimedFile extends ForwardingJavaFileObject<JavaFileObject> {
    TimedFile(JavaFileObject file) {
      super(file);
    }

    @Override
    public Writer openWriter() throws IOException {
      // Opening is where the file (and its package's directories) is created on disk.
      Writer writer = timed(fileObject::openWriter);
      return new Writer() {
        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
          timed(() -> {
            writer.write(buffer, offset, length);
            return null;
          });
        }

        @Override
        public void flush() throws IOException {
          writer.flush();
        }

        @Override
        public void close() throws IOException {
          timed(() -> {
            writer.close();
            return null;
          });
        }
      };
    }
  }

  /** A processing environment whose Filer is {@code filer}; everything else is javac's. */
  static final class Environment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;
    private final Filer filer;

    Environment(ProcessingEnvironment delegate, Filer filer) {
      this.delegate = delegate;
      this.filer = filer;
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return delegate.isPreviewEnabled();
    }
  }
}

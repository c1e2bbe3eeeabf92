package dev.responds.processor.body;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.responds.processor.Compiler.findings;
import static dev.responds.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.responds.processor.RespondsProcessor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * IDEs and build tools hand processors a wrapped environment: IntelliJ a dynamic proxy, Gradle and
 * kapt a delegating class. The body pass must reach javac behind either.
 */
final class WrappedEnvironmentTest {
  private static final JavaFileObject CONTROLLER = source("com.example.Books", """
      package com.example;

      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      class Books {
        @PostMapping("/books")
        ResponseEntity<String> create(@RequestBody String book) {
          return ResponseEntity.status(201).body(book);
        }
      }
      """);

  /** Hands the Responds processor a wrapped environment, as a build tool would. */
  private static final class WrappingProcessor extends AbstractProcessor {
    private final RespondsProcessor delegate = new RespondsProcessor();
    private final UnaryOperator<ProcessingEnvironment> wrapper;

    WrappingProcessor(UnaryOperator<ProcessingEnvironment> wrapper) {
      this.wrapper = wrapper;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      delegate.init(wrapper.apply(environment));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  /** Gradle's and kapt's style: a class that keeps the real environment in a field. */
  private static final class DelegatingEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;

    DelegatingEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override public Map<String, String> getOptions() { return delegate.getOptions(); }
    @Override public Messager getMessager() { return delegate.getMessager(); }
    @Override public Filer getFiler() { return delegate.getFiler(); }
    @Override public Elements getElementUtils() { return delegate.getElementUtils(); }
    @Override public Types getTypeUtils() { return delegate.getTypeUtils(); }
    @Override public SourceVersion getSourceVersion() { return delegate.getSourceVersion(); }
    @Override public Locale getLocale() { return delegate.getLocale(); }
  }

  /** IntelliJ's style: a dynamic proxy whose handler holds the real environment. */
  private static ProcessingEnvironment proxy(ProcessingEnvironment real) {
    InvocationHandler handler = new InvocationHandler() {
      private final ProcessingEnvironment delegateTo = real;

      @Override
      public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] arguments)
          throws Throwable {
        try {
          return method.invoke(delegateTo, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    };
    return (ProcessingEnvironment) Proxy.newProxyInstance(
        WrappedEnvironmentTest.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        handler);
  }

  private static Compilation compileWrapped(UnaryOperator<ProcessingEnvironment> wrapper) {
    return javac().withProcessors(new WrappingProcessor(wrapper)).compile(CONTROLLER);
  }

  @Test
  void bodiesAreCheckedBehindADelegatingEnvironment() {
    Compilation compilation = compileWrapped(DelegatingEnvironment::new);
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:10 [created-location]");
  }

  @Test
  void bodiesAreCheckedBehindAProxy() {
    Compilation compilation = compileWrapped(WrappedEnvironmentTest::proxy);
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:10 [created-location]");
  }

  @Test
  void bodiesAreCheckedBehindBothWrappers() {
    Compilation compilation = compileWrapped(real -> proxy(new DelegatingEnvironment(real)));
    assertThat(findings(compilation)).containsExactly("ERROR Books.java:10 [created-location]");
  }
}

package dev.responds.processor.generate;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** A generated helper class loaded from a compilation, called the way user code calls it. */
final class LoadedHelper {
  private final ClassLoader loader;
  private final Class<?> helper;

  LoadedHelper(Compilation compilation, String helperName) {
    this.loader = HelperCompiler.classLoader(compilation);
    try {
      this.helper = loader.loadClass(helperName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** An instance of a class the compilation produced, from its one-argument constructor. */
  Object newInstance(String className, Object argument) {
    try {
      return loader.loadClass(className).getConstructor(argument.getClass()).newInstance(argument);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  Class<?> loadClass(String className) {
    try {
      return loader.loadClass(className);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * {@code Helper.accessor().status(arguments)}; the parameter types pick the overload. An
   * exception thrown by the helper is rethrown as is.
   */
  Object call(String accessor, String status, Class<?>[] parameterTypes, Object... arguments) {
    try {
      Object responses = helper.getMethod(accessor).invoke(null);
      Method method = responses.getClass().getMethod(status, parameterTypes);
      return method.invoke(responses, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The names and parameter counts of the status methods of one accessor, sorted. */
  List<String> statusMethods(String accessor) {
    try {
      Class<?> responses = helper.getMethod(accessor).getReturnType();
      return Arrays.stream(responses.getDeclaredMethods())
          .filter(method -> Modifier.isPublic(method.getModifiers()))
          .map(method -> method.getName() + "/" + method.getParameterCount())
          .sorted()
          .toList();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}

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
   * {@code Helper.accessorStatus(arguments)}; the parameter types pick the overload. An exception
   * thrown by the helper is rethrown as is.
   */
  Object call(String accessor, String status, Class<?>[] parameterTypes, Object... arguments) {
    try {
      Method method = helper.getMethod(methodName(accessor, status), parameterTypes);
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The status parts of the names of one handler's methods, with parameter counts, sorted. */
  List<String> statusMethods(String accessor) {
    return Arrays.stream(helper.getDeclaredMethods())
        .filter(method -> Modifier.isPublic(method.getModifiers()))
        .filter(method -> method.getName().length() > accessor.length()
            && method.getName().startsWith(accessor)
            && Character.isUpperCase(method.getName().charAt(accessor.length())))
        .map(method -> Character.toLowerCase(method.getName().charAt(accessor.length()))
            + method.getName().substring(accessor.length() + 1) + "/" + method.getParameterCount())
        .sorted()
        .toList();
  }

  private static String methodName(String accessor, String status) {
    return accessor + Character.toUpperCase(status.charAt(0)) + status.substring(1);
  }
}

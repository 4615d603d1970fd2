package org.endings.tui;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Unix signal handlers through {@code sun.misc.Signal}, reached by reflection as Lanterna reaches
 * it for SIGWINCH, so the build needs no internal API. Where it is missing nothing is installed.
 */
final class Signals {
    private Signals() {}

    /** A class, not a lambda: the start-up archive holds it, where a lambda is made at first use. */
    private static final class Handler implements InvocationHandler {
        private final String name;
        private final Runnable handler;

        Handler(String name, Runnable handler) {
            this.name = name;
            this.handler = handler;
        }

        @Override
        public Object invoke(Object p, Method method, Object[] args) {
            return switch (method.getName()) {
                case "handle" -> {
                    handler.run();
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(p);
                case "equals" -> p == args[0];
                case "toString" -> "endings " + name + " handler";
                default -> null;
            };
        }
    }

    /** Runs {@code handler} on signal {@code name} ("TSTP", "CONT"); false where that cannot be done. */
    static boolean on(String name, Runnable handler) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Constructor<?> make = signalClass.getConstructor(String.class);
            Object signal = make.newInstance(name);
            Object proxy = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerClass},
                    new Handler(name, handler));
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            handle.invoke(null, signal, proxy);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}

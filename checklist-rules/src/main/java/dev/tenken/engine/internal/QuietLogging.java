package dev.tenken.engine.internal;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Drools logs through SLF4J. An application with no SLF4J backend would see SLF4J print three
 * warning lines to standard error the first time Drools asks for a logger, although nothing is
 * lost: SLF4J then falls back to its no-operation logger anyway. Before that first use, this
 * initialises SLF4J with that same no-operation logger, quietly, so embedding Tenken prints nothing.
 *
 * <p>It changes nothing when the application has a backend (logback, slf4j-simple, slf4j-jdk14...)
 * visible to SLF4J, when {@code slf4j.provider} is set, or when SLF4J is already initialised. The
 * two system properties it uses to steer SLF4J are set only for the moment SLF4J initialises and
 * then removed, so no global setting is left behind.
 */
public final class QuietLogging {
    private static final String PROVIDER = "slf4j.provider";
    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {
    }

    /** Set once the lookup below has run: SLF4J initialises once per class loader, so once is enough. */
    private static volatile boolean done;

    /**
     * Initialises SLF4J with its no-operation logger if, and only if, no backend could be found.
     * Called before each first use of Drools (building the shared rule base, compiling trusted
     * rules), on whichever thread that happens; only the first call does anything.
     */
    public static void whenNoBackend() {
        if (!done) {
            initialise();
        }
    }

    private static synchronized void initialise() {
        if (done) {
            return;
        }
        try {
            quietIfNoBackend();
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
            // best effort: a broken provider entry or a security manager leaves SLF4J to itself,
            // and must not fail the rule base that runs this first
        } finally {
            done = true; // only now: a second thread waits above until SLF4J is settled
        }
    }

    private static void quietIfNoBackend() {
        if (System.getProperty(PROVIDER) != null || System.getProperty(VERBOSITY) != null) {
            return;
        }
        // the same lookup SLF4J makes: providers visible to LoggerFactory's class loader
        // (LoggerFactory.class does not initialise LoggerFactory; stream() instantiates nothing)
        ClassLoader loader = LoggerFactory.class.getClassLoader();
        if (ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent()) {
            return;
        }
        System.setProperty(PROVIDER, "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty(VERBOSITY, "WARN");   // else SLF4J announces the provider it was told to use
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(PROVIDER);
            System.clearProperty(VERBOSITY);
        }
    }
}

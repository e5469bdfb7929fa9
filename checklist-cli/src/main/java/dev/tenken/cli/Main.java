package dev.tenken.cli;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.TenkenException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tenken} command. Exit codes: 0 done and no applicable 必須 item falls short;
 * 1 done and at least one does (for {@code diff}: something regressed); 2 bad input or usage. Bad input never prints a stack trace.
 *
 * @since 0.1
 */
@Command(name = "tenken", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Telework and Wi-Fi security checklists: assess, grade and report.")
public final class Main implements Runnable {
    /** The subcommands, in the order help lists them; registered in {@link #commandLine}. */
    private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();
    /** Done; no applicable 必須 item falls short. */
    public static final int OK = 0;
    /** Done; an applicable 必須 item is unmet, partial or unanswered. */
    public static final int SHORTFALL = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The process's standard output as bytes, for commands that write large UTF-8 output; null when embedded. */
    private final java.io.OutputStream rawOut;

    Main(java.io.OutputStream rawOut) {
        this.rawOut = rawOut;
    }

    java.io.OutputStream rawOut() {
        return rawOut;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        Charset cs = consoleCharset();
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.exit(run(new Main(stdout), args, new PrintWriter(new OutputStreamWriter(stdout, cs), true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true)));
    }

    /**
     * The platform's encoding when it can write Japanese (UTF-8, or MS932 on a Japanese Windows
     * console), else UTF-8: under a POSIX/ASCII locale (cron, containers) Java would print every
     * Japanese character as '?'.
     */
    static Charset consoleCharset() {
        try {
            Charset cs = Charset.forName(System.getProperty("native.encoding", "UTF-8"));
            return cs.newEncoder().canEncode("点検　必須") ? cs : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new Main(null), args, out, err);
    }

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        m.put("list", ListCommand.class);
        m.put("show", ShowCommand.class);
        m.put("template", TemplateCommand.class);
        m.put("assess", AssessCommand.class);
        m.put("validate", ValidateCommand.class);
        m.put("batch", BatchCommand.class);
        m.put("stats", StatsCommand.class);
        m.put("diff", DiffCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The command line for {@code args}. When the first argument names a command other than
     * {@code help}, only that command is registered: picocli introspects every command it is
     * given, which is a large part of a short run's start. Otherwise (help, no command, an
     * unknown one, an option) all are, so help and "did you mean" suggestions list every command.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cl = new CommandLine(main);
        String first = args.length > 0 ? args[0] : "";
        Class<?> only = first.equals("help") ? null : SUBCOMMANDS.get(first);
        if (only != null) {
            cl.addSubcommand(first, only);
        } else {
            SUBCOMMANDS.forEach(cl::addSubcommand);
        }
        return cl;
    }

    private static int run(Main main, String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0 && (args[0].equals("assess") || args[0].equals("batch"))) {
            // both evaluate: build the shared rule base while the command line, checklists and answers load
            dev.tenken.engine.TenkenEngine.warmUpRules();
        }
        CommandLine cl = commandLine(main, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof TenkenException te) {
                for (Problem p : te.problems()) {
                    err.println(p);
                }
                err.println("tenken: " + te.problems().size() + (te.problems().size() == 1 ? " problem" : " problems"));
            } else if (e instanceof UsageException ue) {
                err.println(line(ue.getMessage()));
            } else {
                // never a stack trace: one line that says what broke
                err.println(line("unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                if (System.getenv("TENKEN_DEBUG") != null) {
                    e.printStackTrace(err);
                }
            }
            err.flush();
            return BAD_INPUT;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            err.println(line(e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            String command = e.getCommandLine().getCommandName();
            err.println(command.equals("tenken") ? "Run 'tenken --help' for the commands, 'tenken help <command>' for one."
                    : "Run 'tenken " + command + " --help' for its usage.");
            err.flush();
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    /**
     * {@code tenken: message} on one line, the message escaped for a terminal as every problem is
     * ({@link Problem#toString()}): a file name, option or value echoed from the command line
     * cannot add a line, move the cursor or recolour the terminal.
     */
    static String line(String message) {
        return Problem.at("tenken", 0, 0, String.valueOf(message)).toString();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (list, show, template, assess, validate, batch, diff)");
    }

    /** A usage problem found after parsing (a bad combination of options, a missing file). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tenken " + dev.tenken.checklist.TenkenVersion.current()};
        }
    }
}

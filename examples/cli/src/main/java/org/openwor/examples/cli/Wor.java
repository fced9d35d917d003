package org.openwor.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wor}: the command-line tool of OpenWoR for coaches' organisations and regional monitors. It
 * decides eligibility ({@code check}), replays a case ({@code replay}), lists what is overdue or due
 * soon ({@code worklist}), publishes the indicator report as a table, CSV, JSON or a self-contained
 * HTML page ({@code report}) and writes realistic synthetic data ({@code generate}).
 *
 * <p>Exit codes: {@value #OK} ok, {@value #BAD_INPUT} bad input (a file that cannot be read, a
 * document or line that breaks a rule), {@value #USAGE} usage (an unknown option, a missing
 * argument, a value of the wrong form). Errors are one sentence on standard error that names the file,
 * the line and the JSON path with the rule, never a value from the file; a stack trace only with
 * {@code --verbose}.
 */
@Command(name = "wor", mixinStandardHelpOptions = true, versionProvider = Wor.Version.class,
        description = {"OpenWoR: Welzijn op Recept on the command line.",
            "Human-readable output is Dutch by default; --lang en for English."},
        subcommands = {CheckCommand.class, ReplayCommand.class, WorklistCommand.class, ReportCommand.class,
            GenerateCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 bad input, 2 usage."})
public final class Wor implements Runnable {

    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: an input file could not be read or breaks a rule of the wire format or the workflow. */
    public static final int BAD_INPUT = 1;
    /** Exit code: the command line itself is wrong. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Returns the tool's command line, writing to the given streams, with its exit codes and its
     * one-sentence error handling; tests run it in-process with {@link CommandLine#execute(String...)}.
     *
     * @param out standard output
     * @param err standard error
     * @return the command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Wor());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Wor::handle);
        return cl;
    }

    /** Prints an exception that escaped a command as one sentence, with the trace only if verbose. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof CommandLine.ParameterException usage) {
            // A check that only the command could make (a period that ends before it starts): usage, exit 2.
            return cl.getParameterExceptionHandler().handleParseException(usage, parsed.originalArgs().toArray(String[]::new));
        }
        PrintWriter err = cl.getErr();
        boolean verbose = cl.getCommand() instanceof Common.Holder holder && holder.common().verbose;
        if (e instanceof BadInput bad) {
            err.println("wor " + cl.getCommandName() + ": " + bad.getMessage());
        } else {
            // Not expected: say so without quoting input; the trace tells a developer where.
            err.println("wor " + cl.getCommandName() + ": internal error (" + e.getClass().getSimpleName()
                    + "); run again with --verbose for the stack trace.");
        }
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return BAD_INPUT;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: check, replay, worklist, report or generate");
    }

    /** Options that every command has: the language of human-readable output, and stack traces. */
    static final class Common {

        /** A command with the common options. */
        interface Holder {
            /**
             * Returns the common options.
             *
             * @return the options
             */
            Common common();
        }

        @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
                description = "Language of human-readable output: nl (default) or en.",
                converter = LanguageConverter.class)
        Locale locale;

        @Option(names = "--verbose", description = "Print the stack trace of an error.")
        boolean verbose;
    }

    /** Accepts nl and en only. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return switch (value) {
                case "nl" -> Locale.forLanguageTag("nl");
                case "en" -> Locale.ENGLISH;
                default -> throw new CommandLine.TypeConversionException("expected nl or en");
            };
        }
    }

    /** The version of the tool. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wor 0.1.0-SNAPSHOT (OpenWoR)"};
        }
    }
}

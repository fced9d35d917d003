package org.openwor.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** What every command of {@code wor} has: the common options, its streams and its texts. */
abstract class WorCommand implements Callable<Integer>, Wor.Common.Holder {

    @Mixin
    Wor.Common common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Wor.Common common() {
        return common;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Texts texts() {
        return new Texts(common.locale);
    }

    /**
     * Returns a usage error (exit code 2) for a check that only the command can make.
     *
     * @param message what is wrong with the command line
     * @return the error, to be thrown
     */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

package org.openwor.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run of {@code wor} in-process, with what it wrote to standard output and standard error.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record Run(int code, String out, String err) {

    /**
     * Runs the tool.
     *
     * @param args the command line
     * @return the run
     */
    static Run wor(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Wor.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Copies a test resource to a folder.
     *
     * @param dir the folder
     * @param name the resource
     * @return the file
     * @throws IOException if copying fails
     */
    static Path resource(Path dir, String name) throws IOException {
        try (var in = Run.class.getResourceAsStream("/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    /**
     * Writes a text file.
     *
     * @param file the file
     * @param text the text
     * @return the file
     * @throws IOException if writing fails
     */
    static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

package org.openwor.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated block of the root README between two HTML comment markers. {@link #current()} reads it;
 * with {@code -Dreadme.update=true} {@link #sync(String)} rewrites it first, so a change to the code
 * that generates it is one command away from the README.
 */
public final class ReadmeBlock {

    private final Path readme;
    private final String start;
    private final String end;

    /**
     * Names a block of the root README, seen from a module directory.
     *
     * @param name the block name used in the markers
     */
    public ReadmeBlock(String name) {
        this.readme = Path.of("..", "README.md");
        this.start = "<!-- " + name + ":start (generated; run the tests with -Dreadme.update=true to refresh) -->";
        this.end = "<!-- " + name + ":end -->";
    }

    /**
     * Returns the block as it should read, markers included.
     *
     * @param content the generated content
     * @return the whole block
     */
    public String expected(String content) {
        return start + "\n" + content + end;
    }

    /**
     * Rewrites the block when {@code readme.update} is set, then returns the block as the README has it.
     *
     * @param content the generated content
     * @return the block in the README, markers included
     * @throws IOException if the README cannot be read or written
     */
    public String sync(String content) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("README.md lacks the markers " + start + " ... " + end);
        }
        String current = text.substring(from, to + end.length());
        if (Boolean.getBoolean("readme.update") && !current.equals(expected(content))) {
            Files.writeString(readme, text.substring(0, from) + expected(content) + text.substring(to + end.length()),
                    StandardCharsets.UTF_8);
            return expected(content);
        }
        return current;
    }
}

package org.openwor.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: text left, numbers from a given column on right. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    /**
     * Adds a row.
     *
     * @param cells the cells, as many as the header
     */
    void row(String... cells) {
        rows.add(cells);
    }

    /**
     * Writes the table.
     *
     * @param out where to
     * @param firstRightAligned the first column aligned right (numbers)
     * @throws IOException if writing fails
     */
    void write(Writer out, int firstRightAligned) throws IOException {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(i >= firstRightAligned ? pad + row[i] : row[i] + pad);
            }
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
    }
}

package io.nexus.notify.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The code a test marks as shown in documentation: every block of lines between a
 * {@code // TAG:name} marker line and a {@code // TAG:end} line, with the marker's indentation
 * removed from each line. A test runs the marked code; its documentation must show the same
 * text.
 */
final class MarkedSnippets {

    private MarkedSnippets() {
    }

    /**
     * Reads the snippets marked with {@code tag} in a source file.
     *
     * @param source the test's source file
     * @param tag    the marker tag, for example {@code README}
     * @return the snippets in file order, each ending with a line break
     * @throws IOException           if the file cannot be read
     * @throws IllegalStateException if the markers do not pair up, or a snippet line starts
     *     left of its marker
     */
    static List<String> in(Path source, String tag) throws IOException {
        final String start = "// " + tag + ":";
        final String end = start + "end";
        final List<String> found = new ArrayList<>();
        StringBuilder current = null;
        int indent = 0;
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            final String trimmed = line.trim();
            if (trimmed.equals(end)) {
                if (current == null) {
                    throw new IllegalStateException(source + ": " + end + " without a start");
                }
                found.add(current.toString());
                current = null;
            } else if (trimmed.startsWith(start)) {
                if (current != null) {
                    throw new IllegalStateException(source + ": " + trimmed
                        + " opens a snippet inside another one");
                }
                current = new StringBuilder();
                indent = line.indexOf('/');
            } else if (current != null) {
                current.append(unindent(line, indent, source)).append('\n');
            }
        }
        if (current != null) {
            throw new IllegalStateException(source + ": the last snippet has no " + end);
        }
        return found;
    }

    /** Removes a snippet line's first {@code indent} columns, which must be blank. */
    private static String unindent(String line, int indent, Path source) {
        if (line.isBlank()) {
            return "";
        }
        if (line.length() < indent || !line.substring(0, indent).isBlank()) {
            throw new IllegalStateException(source + ": a snippet line starts left of its"
                + " marker: " + line);
        }
        return line.substring(indent);
    }
}

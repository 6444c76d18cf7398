package io.github.linkcheck.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ignoreFile}, {@code .linkcheckignore} by default: one Java regular expression a line, optionally
 * followed by a comment {@code # until YYYY-MM-DD: reason} or {@code # reason}. The comment starts at the first
 * {@code #} that follows a space or a tab; a {@code #} right after anything else belongs to the pattern
 * ({@code page#part}), and a pattern that needs one after white space writes it {@code \#}. Blank lines and
 * lines whose first character other than white space is {@code #} are comments.
 */
public final class IgnoreFile {

    /** The file looked for when {@code ignoreFile} is not set. */
    public static final String DEFAULT_NAME = ".linkcheckignore";

    private static final Pattern COMMENT_START = Pattern.compile("[ \\t]#");

    /** A comment that gives a date: {@code until} and a digit; {@code # until the vendor fixes it} is a reason. */
    private static final Pattern DATED = Pattern.compile("until[ \\t]+\\d");

    /** A dated comment: the date, then optionally a colon and the reason. */
    private static final Pattern UNTIL = Pattern.compile("until[ \\t]+([^ \\t:]+)[ \\t]*(?::(.*))?", Pattern.DOTALL);

    private IgnoreFile() {}

    /**
     * The file to read: the configured one, or else {@value #DEFAULT_NAME} in the project's folder, or else in the
     * reactor root; empty when none is configured and neither default file is there.
     *
     * @throws InvalidSettingException when the configured file is not a readable file
     */
    public static Optional<Path> locate(Path configured, Path projectFolder, Path reactorRoot) {
        if (configured != null) {
            if (!Files.isRegularFile(configured) || !Files.isReadable(configured)) {
                throw new InvalidSettingException(
                        "ignoreFile",
                        UntrustedText.neutralise(configured.toString()),
                        "expected a readable file (leave ignoreFile out to read " + DEFAULT_NAME
                                + " of the project or the reactor root when there is one)");
            }
            return Optional.of(configured);
        }
        for (Path folder : reactorRoot == null ? List.of(projectFolder) : List.of(projectFolder, reactorRoot)) {
            Path file = folder.resolve(DEFAULT_NAME);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the file.
     *
     * @param shown how messages and reports name the file, for example {@code .linkcheckignore} or
     *     {@code mod-a/.linkcheckignore}
     * @throws InvalidSettingException naming the file and line of a pattern or date that cannot be used, or the
     *     file when it cannot be read
     */
    public static List<IgnoreEntry> read(Path file, String shown) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidSettingException(
                    "ignoreFile",
                    UntrustedText.neutralise(shown),
                    "expected a readable UTF-8 text file (" + UntrustedText.neutralise(String.valueOf(e.getMessage()))
                            + ")");
        }
        return parse(lines, shown);
    }

    /** The entries of the file's lines; see {@link #read}. */
    public static List<IgnoreEntry> parse(List<String> lines, String shown) {
        List<IgnoreEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = shown + ":" + (i + 1);
            parseLine(lines.get(i), "ignoreFile " + where, where).ifPresent(entries::add);
        }
        return List.copyOf(entries);
    }

    /**
     * One line: a pattern and an optional comment, {@code # until YYYY-MM-DD: reason} or {@code # reason}; empty
     * for a blank line or a comment.
     *
     * @param setting what names the line in a message, for example {@code ignoreFile .linkcheckignore:3}
     * @param definedAt what names the entry in reports, for example {@code .linkcheckignore:3}
     * @throws InvalidSettingException naming the setting for a pattern or date that cannot be used
     */
    public static Optional<IgnoreEntry> parseLine(String text, String setting, String definedAt) {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        Matcher comment = COMMENT_START.matcher(line);
        boolean commented = comment.find();
        // The white space before a comment is no part of the pattern, in its use and in messages alike.
        String pattern = commented ? line.substring(0, comment.start()).strip() : line;
        String remark = commented ? line.substring(comment.end()).strip() : "";
        String reason = remark;
        String until = null;
        if (DATED.matcher(remark).lookingAt()) {
            Matcher dated = UNTIL.matcher(remark);
            if (!dated.matches()) {
                throw new InvalidSettingException(
                        setting,
                        UntrustedText.neutralise(line),
                        "expected a pattern, then optionally # until YYYY-MM-DD: reason, or # reason");
            }
            until = dated.group(1);
            reason = dated.group(2);
        }
        return Optional.of(new IgnoreEntry(
                IgnoreEntry.compile(setting, pattern), reason, IgnoreEntry.date(setting, until), definedAt));
    }
}

package io.github.linkcheck.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads output the way GitHub's Actions runner does: a line ends at CR, LF or CRLF; a line whose text, after
 * leading white space, starts with {@code ::name} and holds a second {@code ::} is a workflow command; and
 * {@code ##[name]} anywhere in a line is a command of the legacy form. Any command name counts here, not only
 * the ones the runner knows today, so that a test is stricter than the runner.
 */
public final class RunnerLog {

    /** The runner's {@code String.TrimStart()} trims .NET white space, which includes these. */
    private static final Pattern LEADING_WHITE_SPACE =
            Pattern.compile("^[\\s\\u0085\\u00a0\\u1680\\u2000-\\u200a" + "\\u2028\\u2029\\u202f\\u205f\\u3000]+");

    private static final Pattern LEGACY = Pattern.compile("##\\[([^\\]]*)\\]");

    /** The plugin's own styling (Maven's colours): escape, {@code [}, numbers, {@code m}. */
    private static final Pattern STYLE = Pattern.compile("\u001b\\[[0-9;]*m");

    private final List<String> lines;

    private RunnerLog(List<String> lines) {
        this.lines = lines;
    }

    public static RunnerLog read(String output) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                if (c == '\r' && i + 1 < output.length() && output.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                line.append(c);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return new RunnerLog(lines);
    }

    public List<String> lines() {
        return lines;
    }

    /** Every line the runner would take as a command, of either form. */
    public List<String> commands() {
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            String trimmed = LEADING_WHITE_SPACE.matcher(line).replaceFirst("");
            if (trimmed.startsWith("::") && trimmed.indexOf("::", 2) > 2) {
                commands.add(line);
            } else {
                Matcher legacy = LEGACY.matcher(line);
                if (legacy.find()) {
                    commands.add(line);
                }
            }
        }
        return commands;
    }

    /**
     * The control characters in the lines (none can be a line break any more), once the plugin's own colours
     * are set aside; Unicode line separators and bidirectional marks count as well.
     */
    public List<String> linesWithControlCharacters() {
        return lines.stream()
                .filter(line -> STYLE.matcher(line).replaceAll("").chars().anyMatch(RunnerLog::isControl))
                .toList();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c)
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}

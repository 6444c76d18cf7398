package io.github.linkcheck.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a link stands: a place in a file, or an entry of a configured list. Reports that point into files
 * (CI annotations, the JSON report) need the file, line and column apart; people read {@link #describe()}.
 *
 * @param file the file, relative to the reactor root (the project's folder, for a single project), with {@code /}
 *     separators and {@code ..} for a file outside it; {@code null} for a list entry
 * @param line the 1-based line; 0 when not known
 * @param column the 1-based column; 0 when not known
 * @param detail what stands there, for example {@code licenses/license[1]/url}, or the whole description of
 *     a list entry such as {@code urls entry 3}; {@code null} when the place says it all
 * @param note how the link differs from what stands there, for example {@code as mod-a inherits it} for a URL a
 *     module inherits with its artifactId appended; {@code null} when it does not
 */
public record Origin(String file, int line, int column, String detail, String note) {

    public Origin {
        if (note != null) {
            Objects.requireNonNull(detail, "a note tells of what stands there");
        }
        if (file == null) {
            Objects.requireNonNull(detail, "an origin outside any file needs a description");
        }
        if (line < 0 || column < 0 || (line == 0 && column > 0)) {
            throw new IllegalArgumentException("no such place: line " + line + ", column " + column);
        }
    }

    public Origin(String file, int line, int column, String detail) {
        this(file, line, column, detail, null);
    }

    /** An entry of a configured list, for example {@code urls entry 3}. */
    public static Origin entry(String description) {
        return new Origin(null, 0, 0, description);
    }

    /** A place in a file; 0 for a line or column not known. */
    public static Origin at(String file, int line, int column) {
        return new Origin(Objects.requireNonNull(file, "file"), line, column, null);
    }

    /** A place in a file and what stands there, for example an element of a POM. */
    public static Origin at(String file, int line, int column, String detail) {
        return new Origin(Objects.requireNonNull(file, "file"), line, column, detail);
    }

    /** The same place, with a note on how the link differs from what stands there. */
    public Origin noting(String how) {
        return new Origin(file, line, column, detail, how);
    }

    /** What stands there and the note, for example {@code url, as mod-a inherits it}; {@code null} for neither. */
    public String label() {
        return note == null ? detail : detail + ", " + note;
    }

    public Optional<String> inFile() {
        return Optional.ofNullable(file);
    }

    /**
     * For example {@code README.md:42:7}, {@code links.txt:5}, {@code pom.xml:17:12 (licenses/license[2]/url)},
     * {@code pom.xml:5:8 (url, as mod-a inherits it)} or {@code urls entry 3}.
     */
    public String describe() {
        if (file == null) {
            return label();
        }
        StringBuilder place = new StringBuilder(file);
        if (line > 0) {
            place.append(':').append(line);
        }
        if (column > 0) {
            place.append(':').append(column);
        }
        if (detail != null) {
            place.append(" (").append(label()).append(')');
        }
        return place.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}

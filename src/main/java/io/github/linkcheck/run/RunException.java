package io.github.linkcheck.run;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** A run cannot go on: a source cannot be read, a folder written, or it was interrupted. The message is for the user. */
public class RunException extends Exception {

    public RunException(String message) {
        super(message);
    }

    /** Why a file could not be read or written, in a few words a user understands. */
    public static String why(IOException e) {
        StringBuilder why = new StringBuilder(reason(e));
        // Failures of the same step that came after the first, such as a second report that could not be written.
        for (Throwable also : e.getSuppressed()) {
            why.append("; also ").append(reason(also));
        }
        return why.toString();
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

package io.github.linkcheck.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code document} element of the {@code documents} parameter: a {@code directory} (the project's folder
 * by default) with {@code includes} and {@code excludes} patterns. Also written as a single pattern, such as
 * {@code docs/**}{@code /*.md} as the element's text, relative to the project's folder.
 */
public class Documents {

    private File directory;
    private List<String> includes = new ArrayList<>();
    private List<String> excludes = new ArrayList<>();

    /** Reads the short form: one include pattern relative to the project's folder. */
    public void set(String pattern) {
        includes = List.of(pattern);
    }

    File directory() {
        return directory;
    }

    List<String> includes() {
        return includes;
    }

    List<String> excludes() {
        return excludes;
    }
}

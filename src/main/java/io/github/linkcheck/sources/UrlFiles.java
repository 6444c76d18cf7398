package io.github.linkcheck.sources;

import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads files that list one URL per line; blank lines and lines starting with {@code #} are ignored. */
public final class UrlFiles {

    private UrlFiles() {}

    /**
     * @param shownAs how the file is named in messages
     * @throws IOException when the file cannot be read; the caller names it to the user
     */
    public static List<LinkTarget> read(Path file, String shownAs) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LinkTarget> targets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                targets.add(LinkTarget.of(line, Origin.at(shownAs, i + 1, 0)));
            }
        }
        return targets;
    }
}

package io.github.linkcheck.sources;

import io.github.linkcheck.core.LinkTarget;

import java.util.List;

/**
 * The links found in the configured sources, and the problems met reading them.
 *
 * @param targets every link, each with the place it stands, in the order found
 * @param problems documents that could not be read as text, each with its path and why (they are skipped), and
 *     configured include patterns that matched no document
 */
public record LinkSources(List<LinkTarget> targets, List<String> problems) {

    public LinkSources {
        targets = List.copyOf(targets);
        problems = List.copyOf(problems);
    }
}

package io.github.linkcheck.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the list of distinct targets of a run. */
public final class LinkTargets {

    private LinkTargets() {}

    /**
     * Merges targets with the same URL into one that keeps every origin, in the order the URLs were first
     * given, so that each URL is requested once and the report follows the user's order.
     */
    public static List<LinkTarget> distinct(List<LinkTarget> targets) {
        Map<String, LinkTarget> firstByUrl = new LinkedHashMap<>();
        // Only the URLs given more than once: most are given once, and their first target is kept as it is.
        Map<String, List<Origin>> repeatedOrigins = new HashMap<>();
        for (LinkTarget target : targets) {
            LinkTarget first = firstByUrl.putIfAbsent(target.url(), target);
            if (first != null) {
                repeatedOrigins
                        .computeIfAbsent(target.url(), url -> new ArrayList<>(first.origins()))
                        .addAll(target.origins());
            }
        }
        List<LinkTarget> distinct = new ArrayList<>(firstByUrl.size());
        for (LinkTarget first : firstByUrl.values()) {
            List<Origin> origins = repeatedOrigins.get(first.url());
            distinct.add(origins == null ? first : new LinkTarget(first.url(), origins, first.localFile()));
        }
        return distinct;
    }

    /**
     * The targets of a configured list of URLs, each labelled with its position in the list. Blank entries,
     * which Maven produces for a trailing comma or an empty element, are left out.
     */
    public static List<LinkTarget> fromList(String listName, List<String> urls) {
        List<LinkTarget> targets = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i) == null ? "" : urls.get(i).strip();
            if (!url.isEmpty()) {
                targets.add(LinkTarget.of(url, Origin.entry(listName + " entry " + (i + 1))));
            }
        }
        return distinct(targets);
    }
}

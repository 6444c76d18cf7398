package io.github.linkcheck.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Links that are not meant to be fetched: mail addresses, phone numbers, scripts. */
public final class SkippedLinks {

    private static final List<String> SKIPPED_SCHEMES = List.of("mailto:", "tel:", "javascript:");

    private SkippedLinks() {}

    /** Why a link is skipped, or empty when it is to be checked. */
    public static Optional<String> reason(String url) {
        String lowerCase = url.strip().toLowerCase(Locale.ROOT);
        return SKIPPED_SCHEMES.stream()
                .filter(lowerCase::startsWith)
                .findFirst()
                .map(scheme -> scheme + " links are not checked");
    }
}

package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.IgnoreEntries;

import java.nio.file.Path;
import java.util.List;

/** The request a module of a test's reactor makes: its own documents, online, failing on broken and slow links. */
final class ModuleRequests {

    static final FailurePolicy FAIL_ON_ERRORS = new FailurePolicy(true, true, false);

    private ModuleRequests() {}

    /** A module at {@code folder} of the reactor rooted at {@code root}, with no URLs but those of its documents. */
    static RunRequest of(CheckSettings settings, Path folder, Path root, IgnoreEntries ignores) {
        return new RunRequest(
                settings,
                FAIL_ON_ERRORS,
                folder,
                root,
                root,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                ignores);
    }
}

package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;

import java.util.concurrent.CompletableFuture;

/** Starts one check without waiting for it: what differs between modes is on which threads it runs. */
interface CheckLauncher extends AutoCloseable {

    CompletableFuture<CheckResult> launch(LinkTarget target);

    @Override
    void close();
}

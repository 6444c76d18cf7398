package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;

import java.util.List;

/** Runs the checks of one run concurrently: the only part that differs between modes besides the transport. */
interface Scheduler {

    /** Checks every target and returns one result each, in the targets' order. */
    List<CheckResult> checkAll(List<LinkTarget> targets, LinkChecker checker) throws InterruptedException;
}

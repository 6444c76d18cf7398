package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.LinkTarget;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs each check on a thread of its own, which blocks while it waits for the server: one of a fixed pool of
 * platform threads, or a new virtual thread. The dispatcher never launches more checks than {@code
 * concurrency}, so no check waits in a queue and no more threads than that are ever busy.
 */
final class ExecutorLauncher implements CheckLauncher {

    /** Far more than a worker needs to end once its requests are aborted. */
    private static final Duration WORKER_END_BOUND = Duration.ofSeconds(30);

    private final LinkChecker checker;
    private final ExecutorService executor;
    private final Consumer<String> warnings;

    private ExecutorLauncher(LinkChecker checker, ExecutorService executor, Consumer<String> warnings) {
        this.checker = checker;
        this.executor = executor;
        this.warnings = warnings;
    }

    /** On a fixed pool of platform threads, one per check in flight. */
    static ExecutorLauncher platformThreads(LinkChecker checker, int threads, Consumer<String> warnings) {
        AtomicInteger count = new AtomicInteger();
        return new ExecutorLauncher(
                checker,
                Executors.newFixedThreadPool(threads, runnable -> {
                    Thread thread = new Thread(runnable, "linkcheck-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }),
                warnings);
    }

    /**
     * On a new virtual thread per check. Looked up at run time, since the plugin is built for Java 17; the
     * mode is refused before a run on a Java without virtual threads.
     */
    static ExecutorLauncher virtualThreads(LinkChecker checker, Consumer<String> warnings) {
        try {
            ExecutorService executor = (ExecutorService) MethodHandles.publicLookup()
                    .findStatic(
                            Executors.class,
                            "newVirtualThreadPerTaskExecutor",
                            MethodType.methodType(ExecutorService.class))
                    .invoke();
            return new ExecutorLauncher(checker, executor, warnings);
        } catch (Throwable e) {
            throw new IllegalStateException("virtual threads are not available on Java " + Runtime.version(), e);
        }
    }

    @Override
    public CompletableFuture<CheckResult> launch(LinkTarget target) {
        return CompletableFuture.supplyAsync(() -> checker.check(target).join(), executor);
    }

    /**
     * Stops the workers and waits, within a bound, until they have ended, so that none outlives the run. A
     * worker still busy after the bound is left behind with a warning: its check already has its result (not
     * checked), and the reports must still be written. It is a daemon thread, so it cannot keep Maven running.
     */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(WORKER_END_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                warnings.accept("worker threads still running " + Durations.format(WORKER_END_BOUND)
                        + " after the check ended; they are left to end with Maven");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.github.linkcheck.http;

import org.apache.hc.core5.concurrent.Cancellable;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one timer thread of a run. It cuts off requests that outlive the timeout: the client's own connect
 * and socket timeouts bound each wait between two packets, this bounds the whole request, so that a
 * server trickling one byte at a time cannot hold a check open for ever. It also ends the waits of
 * asynchronous checks, between retries and for a host's turn, which must not block a thread.
 */
final class RunTimer implements AutoCloseable {

    private final Duration timeout;
    private final ScheduledThreadPoolExecutor timer;

    RunTimer(Duration timeout) {
        this.timeout = timeout;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "linkcheck-timer");
            thread.setDaemon(true);
            return thread;
        });
        // Most requests finish in time: drop their deadlines at once rather than keep thousands queued.
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Starts the clock on a request; when it runs out, {@code abort} cancels the request. */
    Deadline startDeadline(Cancellable abort) {
        return new Deadline(abort);
    }

    /** A future completed, on the timer thread, once {@code delay} has passed. */
    CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        timer.schedule(() -> done.complete(null), delay.toNanos(), TimeUnit.NANOSECONDS);
        return done;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The clock of one request. */
    final class Deadline {

        private final AtomicBoolean expired = new AtomicBoolean();
        private final ScheduledFuture<?> expiry;

        private Deadline(Cancellable abort) {
            expiry = timer.schedule(
                    () -> {
                        expired.set(true);
                        abort.cancel();
                    },
                    timeout.toNanos(),
                    TimeUnit.NANOSECONDS);
        }

        /** Stops the clock: the request has its answer or its failure. */
        void stop() {
            expiry.cancel(false);
        }

        /**
         * The failure to report for a request that failed with {@code cause}: a timeout when the deadline
         * cut it off, since the cancellation it caused is only a symptom.
         */
        Throwable explain(Throwable cause) {
            return expired.get() ? new RequestTimeoutException(timeout) : cause;
        }
    }
}

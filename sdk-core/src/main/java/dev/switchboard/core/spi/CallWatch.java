package dev.switchboard.core.spi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a blocking call when its thread is interrupted or its time is up. A thread blocked reading a socket does not
 * notice an interrupt (the JDK's sockets are not interruptible), so without this a caller's interrupt would wait for
 * the read timeout. While any blocking call is in flight, one daemon thread per transport looks at the calls every
 * {@value #POLL_MILLIS} ms, cancelling those whose thread was interrupted or whose time ran out; it waits, costing
 * nothing, when no call is in flight.
 *
 * <p>Bounding a blocking attempt here, rather than with OkHttp's call timeout, keeps the per-call cost to two set
 * operations: OkHttp's timeout wakes its watchdog thread on every call, a system call each time.
 */
final class CallWatch implements AutoCloseable {
    static final long POLL_MILLIS = 5;

    /** One watched call: its thread, when its time is up, and whether it was cancelled for that. */
    static final class Watch {
        private final okhttp3.Call call;
        private final Thread thread;
        private final long deadlineNanos;
        private final CallWatch owner;
        private volatile boolean expired;

        private Watch(okhttp3.Call call, Thread thread, long deadlineNanos, CallWatch owner) {
            this.call = call;
            this.thread = thread;
            this.deadlineNanos = deadlineNanos;
            this.owner = owner;
        }

        /** @return whether the call was cancelled because its time was up */
        boolean expired() {
            return expired;
        }

        /** Ends the watch; call it when the call returned or failed and its body is read. */
        void end() {
            owner.inFlight.remove(this);
        }
    }

    private final Set<Watch> inFlight = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    /** Whether the watcher waits for a call (so a new call must wake it); written under the lock. */
    private volatile boolean idle;
    private volatile Thread watcher;
    private boolean closed;

    /**
     * @param call a call about to be executed on the current thread
     * @param timeoutNanos how long it may take, reading the body included
     * @return the watch; end it when the call is done
     */
    Watch watch(okhttp3.Call call, long timeoutNanos) {
        Watch w = new Watch(call, Thread.currentThread(), System.nanoTime() + timeoutNanos, this);
        inFlight.add(w);
        if (watcher == null || idle) {
            synchronized (lock) {
                if (watcher == null && !closed) {
                    watcher = new Thread(this::loop, "switchboard-call-watch");
                    watcher.setDaemon(true);
                    watcher.start();
                } else {
                    lock.notifyAll();
                }
            }
        }
        return w;
    }

    private void loop() {
        try {
            while (true) {
                synchronized (lock) {
                    idle = true;
                    while (inFlight.isEmpty() && !closed) {
                        lock.wait();
                    }
                    idle = false;
                    if (closed) {
                        return;
                    }
                }
                long now = System.nanoTime();
                for (Watch w : inFlight) {
                    if (w.thread.isInterrupted()) {
                        w.call.cancel();
                    } else if (now - w.deadlineNanos >= 0 && !w.expired) {
                        w.expired = true;
                        w.call.cancel();
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            // the transport is closing
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}

package dev.switchboard.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The thread-safe, ordered record of requests a {@link FakeServer} received. */
final class RequestLog {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<FakeRequest> requests = new ArrayList<>();
    /** Index of the next request {@link #take} returns. */
    private int taken;

    void add(FakeRequest request) {
        lock.lock();
        try {
            requests.add(request);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<FakeRequest> snapshot() {
        lock.lock();
        try {
            return List.copyOf(requests);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return requests.size();
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            requests.clear();
            taken = 0;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the oldest request not yet taken, waiting for one up to {@code timeout}.
     *
     * @throws AssertionError if none arrives in time, or the waiting thread is interrupted
     */
    FakeRequest take(Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (taken >= requests.size()) {
                if (remaining <= 0L) {
                    throw new AssertionError("no request arrived within " + describe(timeout));
                }
                remaining = arrived.awaitNanos(remaining);
            }
            return requests.get(taken++);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        } finally {
            lock.unlock();
        }
    }

    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? TimeUnit.MILLISECONDS.toSeconds(millis) + "s" : millis + "ms";
    }
}

package dev.switchboard.core.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cancels a blocking call when its thread is interrupted. A thread blocked reading a socket does not notice an
 * interrupt (the JDK's sockets are not interruptible), so without this a caller's interrupt would wait for the read
 * timeout. While any blocking call is in flight, one daemon thread per transport looks at the callers every
 * {@value #POLL_MILLIS} ms and cancels the call of an interrupted one; it sleeps when nothing is in flight.
 */
final class InterruptWatch implements AutoCloseable {
    static final long POLL_MILLIS = 5;

    private final Map<okhttp3.Call, Thread> inFlight = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private Thread watcher;
    private boolean closed;

    /**
     * @param call a call about to be executed on the current thread
     * @return ends the watch; call it when the call returned or failed
     */
    Runnable watch(okhttp3.Call call) {
        inFlight.put(call, Thread.currentThread());
        synchronized (lock) {
            if (watcher == null && !closed) {
                watcher = new Thread(this::loop, "switchboard-interrupt-watch");
                watcher.setDaemon(true);
                watcher.start();
            } else {
                lock.notifyAll();
            }
        }
        return () -> inFlight.remove(call);
    }

    private void loop() {
        try {
            while (true) {
                synchronized (lock) {
                    while (inFlight.isEmpty() && !closed) {
                        lock.wait();
                    }
                    if (closed) {
                        return;
                    }
                }
                for (Map.Entry<okhttp3.Call, Thread> e : inFlight.entrySet()) {
                    if (e.getValue().isInterrupted()) {
                        e.getKey().cancel();
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

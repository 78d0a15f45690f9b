package dev.switchboard.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.Paginator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Every method of every resource client on the {@link Intercom} root that sends a request has an {@code …Async} twin
 * with the same parameters answering a {@link CompletableFuture}. A listing answers a lazy {@link Paginator} (or the
 * companies' scroll), whose pages have their own asynchronous reads, and Fin's event stream is read as it arrives, so
 * they need none; nor do the views ({@code withOptions}, {@code forApp}) and accessors, which send nothing.
 */
class AsyncTwinsTest {

    @Test
    void everyRequestMethodOfEveryResourceHasAnAsyncTwin() {
        List<Class<?>> clients = new ArrayList<>();
        for (Method m : Intercom.class.getMethods()) {
            if (m.getParameterCount() == 0 && ResourceClient.class.isAssignableFrom(m.getReturnType())) {
                clients.add(m.getReturnType());
            }
        }
        assertTrue(clients.size() >= 30, "resource clients on the root: " + clients);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> client : clients) {
            for (Method m : client.getMethods()) {
                if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                        || m.getName().endsWith("Async") || m.getName().equals("toString")
                        || ResourceClient.class.isAssignableFrom(m.getReturnType()) // withOptions, forApp: views
                        || Iterable.class.isAssignableFrom(m.getReturnType()) // Paginator, the scroll, Fin's stream
                        || m.getReturnType() == IntercomConnection.class
                        || CompletableFuture.class.isAssignableFrom(m.getReturnType())) {
                    continue;
                }
                checked++;
                try {
                    Method twin = client.getMethod(m.getName() + "Async", m.getParameterTypes());
                    if (!CompletableFuture.class.isAssignableFrom(twin.getReturnType())) {
                        missing.add(client.getSimpleName() + "." + twin.getName() + " answers " + twin.getReturnType());
                    }
                } catch (NoSuchMethodException e) {
                    missing.add(client.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 100, "request methods checked: " + checked);
    }
}

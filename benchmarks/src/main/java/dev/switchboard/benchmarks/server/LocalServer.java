package dev.switchboard.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP/1.1 server on loopback for the benchmarks: keep-alive, {@code Content-Length} bodies, one thread per
 * connection, bodies written from pre-rendered byte arrays. It does as little as a server can, so that what the
 * benchmarks measure is the client, and the SDK and the baseline talk to the very same server.
 */
public final class LocalServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param request the request
         * @return the response
         */
        Response handle(Request request);
    }

    /**
     * @param method the method
     * @param target the request target: path and query, exactly as sent
     * @param body the body, empty when none
     */
    public record Request(String method, String target, byte[] body) {
        /** @return the path, without the query */
        public String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        /**
         * @param name a query parameter
         * @return its raw (still encoded) value, or {@code null}
         */
        public String query(String name) {
            int q = target.indexOf('?');
            if (q < 0) {
                return null;
            }
            for (String pair : target.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (key.equals(name)) {
                    return eq < 0 ? "" : pair.substring(eq + 1);
                }
            }
            return null;
        }
    }

    /**
     * @param status the status code
     * @param chunks the body, written one after the other
     */
    public record Response(int status, byte[]... chunks) {
        /**
         * @param json a JSON body
         * @return a 200 response with it
         */
        public static Response ok(byte[]... json) {
            return new Response(200, json);
        }
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final Thread acceptor;
    private final List<Socket> connections = new ArrayList<>();
    private volatile boolean closed;

    private LocalServer(Handler handler) throws IOException {
        this.socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        this.handler = handler;
        this.acceptor = new Thread(this::accept, "bench-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * @param handler answers every request
     * @return a started server
     * @throws IOException if no port can be bound
     */
    public static LocalServer start(Handler handler) throws IOException {
        return new LocalServer(handler);
    }

    /** @return {@code http://127.0.0.1:port} */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                s.setTcpNoDelay(true);
                synchronized (connections) {
                    connections.add(s);
                }
                Thread t = new Thread(() -> serve(s), "bench-server-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("bench server: accept failed: " + e);
                }
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = new BufferedInputStream(s.getInputStream(), 65536);
                OutputStream out = new BufferedOutputStream(s.getOutputStream(), 65536)) {
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                long length = 0;
                boolean close = false;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    if (colon > 0) {
                        String name = header.substring(0, colon).trim();
                        String value = header.substring(colon + 1).trim();
                        if (name.equalsIgnoreCase("Content-Length")) {
                            length = Long.parseLong(value);
                        } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                            close = true;
                        }
                    }
                }
                byte[] body = in.readNBytes((int) length);
                String[] parts = requestLine.split(" ");
                Response r;
                try {
                    r = handler.handle(new Request(parts[0], parts[1], body));
                } catch (RuntimeException e) {
                    r = new Response(500, ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes(StandardCharsets.UTF_8));
                }
                long size = 0;
                for (byte[] c : r.chunks()) {
                    size += c.length;
                }
                String head = "HTTP/1.1 " + r.status() + " " + (r.status() == 200 ? "OK" : "Status") + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + size + "\r\n"
                        + (close ? "Connection: close\r\n" : "") + "\r\n";
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                for (byte[] c : r.chunks()) {
                    out.write(c);
                }
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int n = b.size();
                byte[] bytes = b.toByteArray();
                return new String(bytes, 0, n > 0 && bytes[n - 1] == '\r' ? n - 1 : n, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
        synchronized (connections) {
            for (Socket s : connections) {
                s.close();
            }
        }
    }
}

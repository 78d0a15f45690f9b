package dev.switchboard.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A decode target whose behaviour is a lambda; remembers what it was given. */
final class FakeDecodeTarget implements DecodeTarget {

    /** What the fake does with a delivery. */
    @FunctionalInterface
    interface Behaviour {
        DecodeOutcome decode(byte[] body, List<String> secrets, Map<String, List<String>> headers);
    }

    private final String source;
    private final Behaviour behaviour;
    final List<byte[]> bodies = new ArrayList<>();
    final List<List<String>> secrets = new ArrayList<>();
    final List<Map<String, List<String>>> headers = new ArrayList<>();

    FakeDecodeTarget(String source, Behaviour behaviour) {
        this.source = source;
        this.behaviour = behaviour;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public DecodeOutcome decode(byte[] body, List<String> secrets, Map<String, List<String>> headers) {
        this.bodies.add(body);
        this.secrets.add(secrets);
        this.headers.add(headers);
        return behaviour.decode(body, secrets, headers);
    }
}

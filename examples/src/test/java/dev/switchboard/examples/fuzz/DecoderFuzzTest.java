package dev.switchboard.examples.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of every decoder with Jazzer. Under {@code mvn verify} each target replays its seeds
 * (regression mode). For a real run, one target at a time, for as long as you like:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl examples -am test -Dtest=DecoderFuzzTest#livechatDelivery \
 *     -Djazzer.max_duration=10m -Djazzer.instrument='dev.switchboard.**' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * A finding is written under {@code src/test/resources/.../DecoderFuzzTestInputs/<target>/} and replayed by every
 * later build; see RELIABILITY.md.
 */
class DecoderFuzzTest {

    private static void run(String target, byte[] input) {
        Decoders.check(Decoders.TARGETS.get(target), input);
    }

    @FuzzTest(maxDuration = "30s")
    void moveworksConversations(byte[] input) {
        run("moveworks-conversations", input);
    }

    @FuzzTest(maxDuration = "30s")
    void moveworksInteractions(byte[] input) {
        run("moveworks-interactions", input);
    }

    @FuzzTest(maxDuration = "30s")
    void moveworksPluginResources(byte[] input) {
        run("moveworks-plugin-resources", input);
    }

    @FuzzTest(maxDuration = "30s")
    void moveworksUsers(byte[] input) {
        run("moveworks-users", input);
    }

    @FuzzTest(maxDuration = "30s")
    void intercomConversations(byte[] input) {
        run("intercom-conversations", input);
    }

    @FuzzTest(maxDuration = "30s")
    void intercomCalls(byte[] input) {
        run("intercom-calls", input);
    }

    @FuzzTest(maxDuration = "30s")
    void sugerEvents(byte[] input) {
        run("suger-events", input);
    }

    @FuzzTest(maxDuration = "30s")
    void sugerMessages(byte[] input) {
        run("suger-messages", input);
    }

    @FuzzTest(maxDuration = "30s")
    void aloochatNotifications(byte[] input) {
        run("aloochat-notifications", input);
    }

    @FuzzTest(maxDuration = "30s")
    void livechatDelivery(byte[] input) {
        run("livechat-delivery", input);
    }

    @FuzzTest(maxDuration = "30s")
    void intercomDelivery(byte[] input) {
        run("intercom-delivery", input);
    }
}

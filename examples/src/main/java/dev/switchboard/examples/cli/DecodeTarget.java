package dev.switchboard.examples.cli;

import java.util.List;
import java.util.Map;

/**
 * Decodes (and, given secrets, verifies) one raw webhook delivery for {@code switchboard decode <source>}. Webhook
 * modules implement it and register it in {@link Targets#decoders()}.
 */
public interface DecodeTarget {

    /** @return the source, {@code livechat} or {@code intercom} */
    String source();

    /**
     * @param body the raw delivery body, at most 10 MiB
     * @param secrets the webhook secrets given with {@code --secret}, in order; empty when none
     * @param headers the headers given with {@code --header}: values in the order given, names sorted and matched
     *     ignoring case (so {@code headers.get("x-signature")} finds {@code X-Signature})
     * @return the decoded delivery, or why it was rejected
     */
    DecodeOutcome decode(byte[] body, List<String> secrets, Map<String, List<String>> headers);
}

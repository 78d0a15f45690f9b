package dev.switchboard.examples.cli.aloochat;

import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.notifications.aloochat.AlooChat;
import java.util.List;
import java.util.function.UnaryOperator;

/** The AlooChat export target of {@code switchboard export aloochat notifications}. */
public final class AloochatTargets {
    private AloochatTargets() {
    }

    /** @return the {@code notifications} target, for {@code Targets.exports()} */
    public static List<ExportTarget> all() {
        return all(UnaryOperator.identity());
    }

    /**
     * @param customizer applied last to the client's builder, for example to inject a clock and a sleeper in tests
     * @return the {@code notifications} target
     */
    static List<ExportTarget> all(UnaryOperator<AlooChat.Builder> customizer) {
        return List.of(new AloochatNotificationsExport(customizer));
    }
}

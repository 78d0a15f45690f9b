package dev.switchboard.examples.cli.suger;

import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.notifications.suger.Suger;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Suger export targets of {@code switchboard export suger <collection>}: {@code events} and {@code messages}.
 */
public final class SugerTargets {
    private SugerTargets() {
    }

    /** @return the {@code events} and {@code messages} targets, for {@code Targets.exports()} */
    public static List<ExportTarget> all() {
        return all(UnaryOperator.identity());
    }

    /**
     * @param customizer applied last to every client's builder, for example to inject a clock and a sleeper in tests
     * @return the {@code events} and {@code messages} targets
     */
    static List<ExportTarget> all(UnaryOperator<Suger.Builder> customizer) {
        return List.of(new SugerExportTarget(SugerExportTarget.Collection.EVENTS, customizer),
                new SugerExportTarget(SugerExportTarget.Collection.MESSAGES, customizer));
    }
}

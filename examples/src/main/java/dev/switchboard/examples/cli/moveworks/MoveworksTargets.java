package dev.switchboard.examples.cli.moveworks;

import dev.switchboard.conversations.moveworks.MoveworksDataApi;
import dev.switchboard.examples.cli.ExportTarget;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Moveworks export targets of {@code switchboard export moveworks <collection>}: {@code conversations},
 * {@code interactions}, {@code plugin-calls}, {@code plugin-resources}, {@code users}.
 */
public final class MoveworksTargets {
    private MoveworksTargets() {
    }

    /** @return one target per Data API entity, for {@code Targets.exports()} */
    public static List<ExportTarget> all() {
        return all(UnaryOperator.identity());
    }

    /**
     * @param customizer applied last to every client's builder, for example to inject a clock and a sleeper in tests
     * @return one target per Data API entity
     */
    static List<ExportTarget> all(UnaryOperator<MoveworksDataApi.Builder> customizer) {
        return List.of(
                new MoveworksExportTarget("conversations", MoveworksDataApi::conversations, customizer),
                new MoveworksExportTarget("interactions", MoveworksDataApi::interactions, customizer),
                new MoveworksExportTarget("plugin-calls", MoveworksDataApi::pluginCalls, customizer),
                new MoveworksExportTarget("plugin-resources", MoveworksDataApi::pluginResources, customizer),
                new MoveworksExportTarget("users", MoveworksDataApi::users, customizer));
    }
}

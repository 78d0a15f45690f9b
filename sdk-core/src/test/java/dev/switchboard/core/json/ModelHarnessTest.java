package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.testing.ModelHarness;
import dev.switchboard.core.testing.Mutations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness itself: it passes a well-made model and catches the defects it exists to catch. */
class ModelHarnessTest {
    private static final String ITEM = "{\"id\":\"1\",\"name\":\"n\",\"count\":3,\"size\":10,\"price\":1.50,\"open\":true,"
            + "\"created_at\":1767225600,\"part\":{\"at\":\"2026-01-01T00:00:00Z\"},\"parts\":[{\"at\":1},{\"at\":2}],"
            + "\"tags\":[\"a\",\"b\"],\"extra\":{\"deep\":[1.0,null]}}";

    @Test
    void aWellMadeModelPasses() {
        ModelHarness h = new ModelHarness().check(JsonModelTest.Item.class, ITEM, 400).assertNoFailures();
        assertEquals(400, h.documents());
        h.assertCovered(List.of(JsonModelTest.Item.class, JsonModelTest.Part.class));
    }

    /** A model with the classic defect: a derived accessor that assumes its fields are there. */
    public static final class Careless extends JsonModel {
        public Careless(JsonObject json) {
            super(json);
        }

        public Instant start() {
            return instant("start");
        }

        public Instant end() {
            return instant("end");
        }

        public Duration duration() {
            return Duration.between(start(), end());
        }
    }

    @Test
    void aDerivedAccessorThatThrowsOnMissingDataIsCaught() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> new ModelHarness()
                .check(Careless.class, "{\"start\":1,\"end\":2}", 200).assertNoFailures());
        assertTrue(e.getMessage().contains("duration() threw java.lang.NullPointerException"), e.getMessage());
    }

    /** A model no example reaches. */
    public static final class Unreached extends JsonModel {
        public Unreached(JsonObject json) {
            super(json);
        }
    }

    @Test
    void aModelWithoutAnExampleIsReported() {
        ModelHarness h = new ModelHarness().check(JsonModelTest.Part.class, "{\"at\":1}", 10).assertNoFailures();
        assertThrows(AssertionFailedError.class, () -> h.assertCovered(List.of(JsonModelTest.Part.class, Unreached.class)));
    }

    @Test
    void mutantsReachEveryDepthAndEveryKind() {
        List<Mutations.Mutant> mutants = Mutations.of(Mutations.parse(ITEM), 1, 2000);
        assertTrue(mutants.stream().anyMatch(m -> m.path().startsWith("$.parts[1]")), "array elements");
        assertTrue(mutants.stream().anyMatch(m -> m.path().startsWith("$.extra.deep[")), "unknown nesting");
        assertEquals(16, mutants.stream().map(Mutations.Mutant::kind).distinct().count());
        assertTrue(mutants.stream().anyMatch(m -> m.json().contains("1e2147483648")));
        assertTrue(mutants.stream().anyMatch(m -> m.json().contains("123456789012345678901234567890")));
    }
}

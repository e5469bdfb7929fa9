package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run does what it is for: every command it runs does its work, with the
 * exit code of a finished run (assess 1, since the sample leaves 必須 items unmet; batch 2 after its
 * two bad lines), so the archive holds the classes a real run of each loads rather than those of
 * a usage error.
 */
class CdsTrainingTest {
    @Test
    void everyTrainingCommandRunsAsAUsersWould() throws Exception {
        assertEquals(List.of(0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 0), CdsTraining.train());
    }
}

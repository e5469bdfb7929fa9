package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run does what it is for: every command it runs does its work, with the
 * exit code of a finished run (assess and batch 1, since the sample leaves 必須 items unmet; a
 * usage error or a bad line would be 2), so the archive holds the classes a real run of each loads
 * rather than those of an error message.
 */
class CdsTrainingTest {
    @Test
    void everyTrainingCommandRunsAsAUsersWould() throws Exception {
        assertEquals(List.of(0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0), CdsTraining.train());
    }
}

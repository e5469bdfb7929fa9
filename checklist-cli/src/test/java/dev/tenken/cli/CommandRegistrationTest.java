package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code Main} registers only the command it runs (a faster start), yet help, usage errors and
 * suggestions still know every command.
 */
class CommandRegistrationTest {
    private static final List<String> ALL = List.of("list", "show", "template", "assess", "validate", "batch", "stats", "diff",
            "serve", "help");

    @Test
    void helpListsEveryCommandInOrder() {
        for (String[] args : new String[][] {{"--help"}, {"help"}}) {
            CliTest.Run r = CliTest.run(args);
            String text = r.out() + r.err();
            int at = -1;
            for (String name : ALL) {
                int found = text.indexOf("\n  " + name + " ");
                assertTrue(found > at, "'" + name + "' listed in order for " + List.of(args) + ":\n" + text);
                at = found;
            }
        }
    }

    @Test
    void aNamedCommandIsRegisteredAlone() {
        CommandLine cl = Main.commandLine(new Main(null), new String[] {"list"});
        assertEquals(List.of("list"), List.copyOf(cl.getSubcommands().keySet()));
        CommandLine help = Main.commandLine(new Main(null), new String[] {"help", "assess"});
        assertEquals(ALL, List.copyOf(help.getSubcommands().keySet()));
        CommandLine typo = Main.commandLine(new Main(null), new String[] {"asess"});
        assertEquals(ALL, List.copyOf(typo.getSubcommands().keySet()));
    }

    @Test
    void aMistypedCommandStillGetsSuggestions() {
        CliTest.Run r = CliTest.run("asess");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("assess"), r.err());
    }
}

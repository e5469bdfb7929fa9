package dev.tenken.checklist.report;

import static dev.tenken.checklist.text.TerminalText.escape;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;

/**
 * A checklist as text for a person: title and version, its parent, item counts by rank, then
 * each category with its items, ranks and whether the profile decides them. Its machine-readable
 * twin is {@link dev.tenken.checklist.ChecklistJson}. Every text from the checklist is escaped for
 * a terminal ({@link dev.tenken.checklist.text.TerminalText}).
 *
 * @since 0.2
 */
public final class ChecklistText {
    private ChecklistText() {
    }

    /**
     * The checklist in {@code l}.
     *
     * @param c the checklist to show
     * @param l the language of titles and labels
     * @return the text, one line per item, ending in a newline
     */
    public static String write(Checklist c, Language l) {
        StringBuilder b = new StringBuilder();
        b.append(escape(c.title().get(l))).append(" (").append(escape(c.id())).append(' ').append(escape(c.version())).append(")\n");
        c.extendsId().ifPresent(p -> b.append(Wording.CHECKLIST_EXTENDS.in(l)).append(escape(p)).append('\n'));
        long required = c.items().filter(i -> i.rank() == Rank.REQUIRED).count();
        long all = c.items().count();
        b.append(Wording.CHECKLIST_COUNTS.format(l, all, required, all - required)).append('\n');
        for (Category cat : c.categories()) {
            b.append('\n').append(escape(cat.title().get(l))).append('\n');
            for (Item i : cat.items()) {
                b.append(String.format("  %-10s [%s] %s", escape(i.id()), i.rank().label(l), escape(i.title().get(l))));
                if (i.appliesWhen().isPresent() || i.check().isPresent()) {
                    b.append("  ").append(Wording.CHECKLIST_DEPENDS_ON_PROFILE.in(l));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /**
     * One line per checklist, for a terminal: id, version, item count, whether it is built in
     * ({@code builtIn} lists those ids) and the title in {@code language}.
     *
     * @param checklists the checklists to list, in the order given
     * @param builtIn    the ids of the built-in checklists
     * @param language   the language of the titles
     * @return the text, empty when there are no checklists
     */
    public static String list(java.util.Collection<Checklist> checklists, java.util.Collection<String> builtIn, Language language) {
        StringBuilder b = new StringBuilder();
        for (Checklist c : checklists) {
            b.append(String.format("%-24s %-8s %4d items  %-9s %s%n", escape(c.id()), escape(c.version()), c.items().count(),
                    builtIn.contains(c.id()) ? "built-in" : "loaded", escape(c.title().get(language))));
        }
        return b.toString();
    }

    /**
     * The line {@code tenken validate} prints for a checklist file that loaded: its id and items by rank.
     *
     * @param file the file name as the user gave it
     * @param c    the checklist read from it
     * @return one line, ending in the platform's line separator
     */
    public static String validated(String file, Checklist c) {
        long required = c.items().filter(it -> it.rank() == Rank.REQUIRED).count();
        return String.format("ok: %s: %s (%d items: %d 必須, %d 推奨)%n", escape(file), c.id(), c.items().count(), required,
                c.items().count() - required);
    }
}

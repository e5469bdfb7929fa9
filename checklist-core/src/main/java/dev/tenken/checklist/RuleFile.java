package dev.tenken.checklist;

import java.util.Objects;

/**
 * A hand-written Drools rule file named by a checklist's {@code rules:} key. Drools rules are
 * code: they are compiled only when the caller trusts the checklist.
 *
 * @param name    the name as written in the checklist
 * @param source  where the file was read from (for messages)
 * @param content the DRL text
 * @since 0.1
 */
public record RuleFile(String name, String source, String content) {
    /**
     * Rejects null.
     *
     * @param name    the name as written in the checklist
     * @param source  where the file was read from (for messages)
     * @param content the DRL text
     */
    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }
}

/**
 * Tenken's engine: evaluates self-assessments against checklists with Drools and grades them,
 * and ships the built-in checklists. No Drools type appears in its API.
 *
 * <p>Exported: {@code dev.tenken.engine} ({@code TenkenEngine}) and {@code dev.tenken.engine.rules}
 * (the facts trusted hand-written rules may match and insert). {@code dev.tenken.engine.internal}
 * is opened, not exported: Drools compiles rules into classes of its own that must reach the
 * fact types and read the fixed rules there.
 */
module dev.tenken.engine {
    requires transitive dev.tenken.checklist;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.slf4j;

    uses org.slf4j.spi.SLF4JServiceProvider;

    exports dev.tenken.engine;
    exports dev.tenken.engine.batch;
    exports dev.tenken.engine.rules;
    opens dev.tenken.engine.internal;
    opens dev.tenken.engine.rules;
    opens dev.tenken.checklists;
}

/**
 * The facts a trusted, hand-written DRL file may match and insert. This is the whole
 * rule-facing API; everything in {@code dev.tenken.engine.internal} may change without notice.
 *
 * <p>A checklist names its rule files under {@code rules:}; they are compiled only when the
 * caller trusts them ({@code TenkenEngine.Builder.trustRules(true)}),
 * because Drools rules are code and run with the caller's rights.
 *
 * <p>What a trusted rule sees, per assessment:
 * <ul>
 *   <li>one {@link ProfileView}: the checklist id and the profile facts as given;</li>
 *   <li>one {@link ItemView} per item, inserted once every item's status is decided.</li>
 * </ul>
 * What it may insert:
 * <ul>
 *   <li>{@link RuleConcern}: a finding with no item (a cross-item concern);</li>
 *   <li>{@link SeverityRaise}: raise an item's severity. Severity is only ever raised, and only
 *       for items that are findings; the reason is shown in the finding's {@code rules}.</li>
 * </ul>
 * Grade and score depend on item statuses alone, so rules raise attention, not the grade.
 *
 * <pre>
 * import dev.tenken.engine.rules.*;
 * import dev.tenken.checklist.Severity;
 *
 * rule "townhall: disaster Wi-Fi without published SSID"
 * when
 *     ProfileView(checklistId == "townhall-wifi", flag("disaster.00000japan") == true)
 *     ItemView(id == "WP-12", shortfall)
 * then
 *     insert(new RuleConcern("disaster-ssid", Severity.HIGH, drools.getRule().getName(),
 *         "...", "...", "...", "..."));
 * end
 * </pre>
 *
 * @since 0.1
 */
package dev.tenken.engine.rules;

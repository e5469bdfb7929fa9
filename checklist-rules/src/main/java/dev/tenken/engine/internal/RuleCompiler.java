package dev.tenken.engine.internal;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.RuleFile;
import dev.tenken.checklist.TenkenException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the fixed rules in DRL ({@code evaluation.drl}, the same rules as {@link FixedRules})
 * with a checklist's trusted DRL files into one rule base: the only compile left at run time, and
 * only for checklists whose rule files the caller trusts. Uses a plain knowledge builder, so
 * nothing is registered in Drools' global repository and repeated builds do not accumulate.
 */
public final class RuleCompiler {
    private static final String GENERIC = "dev/tenken/engine/internal/evaluation.drl";

    private RuleCompiler() {
    }

    /** Builds the rule base; Drools' build errors come back as Tenken problems with file and line. */
    public static KieBase compile(List<RuleFile> trusted) throws TenkenException {
        QuietLogging.whenNoBackend(); // before Drools first asks SLF4J for a logger
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(
                null, RuleCompiler.class.getClassLoader());
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        Map<String, String> displayName = new HashMap<>();
        kb.add(ResourceFactory.newClassPathResource(GENERIC, RuleCompiler.class.getClassLoader()), ResourceType.DRL);
        Map<String, RuleFile> files = new LinkedHashMap<>();
        trusted.forEach(r -> files.putIfAbsent(r.source(), r));
        int n = 0;
        for (RuleFile r : files.values()) {
            String path = "trusted/" + (n++) + "/" + r.name().replace('/', '_');
            displayName.put(path, r.source());
            kb.add(resource(r.content(), path), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            List<Problem> problems = new ArrayList<>();
            for (KnowledgeBuilderError e : kb.getErrors()) {
                String src = e.getResource() == null ? "(rules)" : e.getResource().getSourcePath();
                src = displayName.getOrDefault(src, src);
                int[] lines = e.getLines();
                int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
                problems.add(new Problem(src, line, 0, Optional.empty(), "rule error: " + oneLine(e.getMessage())));
            }
            throw new TenkenException(TenkenException.Phase.RULES, problems);
        }
        return kb.newKieBase();
    }

    private static Resource resource(String drl, String path) {
        Resource r = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
        r.setSourcePath(path);
        return r;
    }

    private static String oneLine(String message) {
        String m = message == null ? "unknown error" : message.replace('\n', ' ').replace('\r', ' ').strip();
        return m.length() > 400 ? m.substring(0, 400) + "..." : m;
    }
}

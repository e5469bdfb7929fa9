package dev.tenken.cli;

import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a profile file: an answers file, or a file with only {@code profile:}. */
final class ProfileFile {
    private ProfileFile() {
    }

    static SelfAssessment read(Path file, String checklistId) throws TenkenException {
        String text;
        try {
            if (Files.size(file) > 1024 * 1024) {
                throw new Main.UsageException(file + ": a profile file is limited to 1 MiB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.UsageException("cannot read " + file + ": " + e.getMessage());
        }
        SelfAssessment a;
        try {
            a = SelfAssessment.fromYaml(text, file.toString());
        } catch (TenkenException e) {
            // a bare profile file has no 'checklist:' line: read it again as if it named this checklist
            a = SelfAssessment.fromYaml("checklist: " + checklistId + "\n" + text, file.toString());
        }
        SelfAssessment.Builder b = SelfAssessment.builder(checklistId).source(file.toString());
        a.profile().forEach(b::profile);
        return b.build();
    }
}

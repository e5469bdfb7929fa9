package dev.tenken.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database layer on embedded H2 always, and on a real PostgreSQL server when
 * {@code TENKEN_TEST_POSTGRES_URL} gives a JDBC URL ({@code .ci/run} starts a throwaway one).
 */
class StoreTest {
    static final String PG = System.getenv("TENKEN_TEST_POSTGRES_URL");

    static Store.Fields fields(String org, String answers) {
        return new Store.Fields("telework-admin", org, "製造", "山田", Optional.of(LocalDate.of(2026, 11, 20)), answers,
                Store.State.DRAFT, Optional.empty(), Optional.empty());
    }

    static void behaves(String url) throws Exception {
        try (Store s = Store.open(url, 2)) {
            assertEquals(Store.MIGRATIONS.size(), s.schemaVersion());
            String org = "組織 " + UUID.randomUUID() + " <&>";
            long id = s.insert(fields(org, "{\"checklist\":\"telework-admin\"}"));
            Store.Row r = s.find(id).orElseThrow();
            assertEquals(1, r.version());
            assertEquals(org, r.organisation());
            assertEquals(LocalDate.of(2026, 11, 20), r.assessedOn().orElseThrow());
            int v2 = s.update(id, 1, fields(org, "{\"checklist\":\"telework-admin\",\"answers\":{\"TA-01\":\"met\"}}"));
            assertEquals(2, v2);
            Store.Conflict c = assertThrows(Store.Conflict.class, () -> s.update(id, 1, fields(org, "{}")));
            assertEquals(2, c.current);
            assertTrue(s.find(id).orElseThrow().answers().contains("TA-01"), "the stale save changed nothing");
            long id2 = s.insert(new Store.Fields("telework-admin", org, "", "", Optional.empty(), "{}", Store.State.FINAL,
                    Optional.of("B"), Optional.of(81)));
            assertEquals(2, s.list(Optional.of(org), 100).size());
            Store.Row r2 = s.find(id2).orElseThrow();
            assertEquals(Optional.of(81), r2.score());
            assertEquals(Optional.empty(), r2.assessedOn());
            String big = "{\"x\":\"" + "あ".repeat(1_000_000) + "\"}";
            long id3 = s.insert(fields(org, big));
            assertEquals(big, s.find(id3).orElseThrow().answers(), "a large answers document survives");
        }
        // opened again: the migrations are not applied twice
        try (Store s = Store.open(url, 1)) {
            assertEquals(Store.MIGRATIONS.size(), s.schemaVersion());
        }
    }

    @Test
    void embeddedH2(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tenken");
        behaves(url);
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM tenken_schema")) {
            rs.next();
            assertEquals(Store.MIGRATIONS.size(), rs.getInt(1), "one row per migration");
        }
    }

    @Test
    void aDatabaseFromANewerTenkenIsRefused(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tenken");
        try (Store s = Store.open(url, 1)) {
            assertEquals(1, s.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("INSERT INTO tenken_schema VALUES (99, 'V99__future.sql', CURRENT_TIMESTAMP)");
        }
        java.sql.SQLException e = assertThrows(java.sql.SQLException.class, () -> Store.open(url, 1));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void realPostgresql() throws Exception {
        Assumptions.assumeTrue(PG != null && !PG.isBlank(),
                "TENKEN_TEST_POSTGRES_URL not set: no PostgreSQL server to test against (.ci/run starts one when it can)");
        behaves(PG);
    }
}

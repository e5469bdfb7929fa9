package dev.tenken.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The assessments, in a database reached through JDBC: H2 in the data folder by default, or any
 * JDBC URL (PostgreSQL for a shared installation). The schema is created and upgraded by the
 * numbered scripts in {@code db/} (see {@link #MIGRATIONS}), each applied once and recorded in
 * {@code tenken_schema}. Connections are pooled in a small fixed pool.
 */
final class Store implements AutoCloseable {
    /** The migration scripts, in order; a new one is only ever appended. */
    static final List<String> MIGRATIONS = List.of("V1__assessments.sql");

    /** The state of an assessment. */
    enum State { DRAFT, FINAL }

    /**
     * One stored assessment.
     *
     * @param answers the SPEC section 3 document as JSON
     * @param version counts saves; an update must name the version it read
     */
    record Row(long id, String checklistId, String organisation, String sector, String assessor,
               Optional<LocalDate> assessedOn, String answers, State state, Optional<String> grade,
               Optional<Integer> score, int version, Instant createdAt, Instant updatedAt) {
    }

    /** What an update saves. */
    record Fields(String checklistId, String organisation, String sector, String assessor,
                  Optional<LocalDate> assessedOn, String answers, State state, Optional<String> grade,
                  Optional<Integer> score) {
    }

    /** An update that named a version that is no longer the stored one. */
    static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;
        final int current;

        Conflict(int current) {
            super("stale version", null, false, false);
            this.current = current;
        }
    }

    private final String url;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    private final int size;

    private Store(String url, int size) {
        this.url = url;
        this.size = size;
        this.pool = new ArrayBlockingQueue<>(size);
    }

    /** Opens the database and brings its schema up to date. */
    static Store open(String url, int poolSize) throws SQLException {
        Store s = new Store(url, poolSize);
        try {
            Connection c = s.newConnection();
            s.pool.add(c);
            s.migrate();
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The JDBC URL. */
    String url() {
        return url;
    }

    private synchronized Connection newConnection() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        all.add(c);
        return c;
    }

    private Connection take() throws SQLException {
        Connection c = pool.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (all.size() < size) {
                return newConnection();
            }
        }
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
    }

    private void give(Connection c) {
        pool.offer(c);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T with(Work<T> work) throws SQLException {
        Connection c = take();
        try {
            if (!c.isValid(2)) {
                synchronized (this) {
                    all.remove(c);
                }
                c = newConnection();
            }
            return work.run(c);
        } finally {
            give(c);
        }
    }

    /** Applies every migration not yet recorded, each in its own transaction. */
    void migrate() throws SQLException {
        with(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS tenken_schema (version INT PRIMARY KEY, "
                        + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            int done = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM tenken_schema")) {
                if (rs.next()) {
                    done = rs.getInt(1);
                }
            }
            if (done > MIGRATIONS.size()) {
                throw new SQLException("the database has schema version " + done + ", newer than this tenken knows ("
                        + MIGRATIONS.size() + "); use a newer tenken or another --data/--db");
            }
            for (int v = done + 1; v <= MIGRATIONS.size(); v++) {
                String script = MIGRATIONS.get(v - 1);
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(script)) {
                        st.execute(sql);
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO tenken_schema (version, script, applied_at) VALUES (?, ?, ?)")) {
                        ps.setInt(1, v);
                        ps.setString(2, script);
                        ps.setTimestamp(3, Timestamp.from(Instant.now()));
                        ps.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
                } finally {
                    c.setAutoCommit(auto);
                }
            }
            return null;
        });
    }

    /** The schema version now in the database. */
    int schemaVersion() throws SQLException {
        return with(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM tenken_schema")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static List<String> statements(String script) throws SQLException {
        try (InputStream in = Store.class.getResourceAsStream("db/" + script)) {
            if (in == null) {
                throw new SQLException("migration script missing: " + script);
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            List<String> out = new ArrayList<>();
            for (String s : text.toString().split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new SQLException("cannot read migration " + script + ": " + e.getMessage(), e);
        }
    }

    private static final String COLUMNS = "id, checklist_id, organisation, sector, assessor, assessed_on, answers, state, grade, "
            + "score, version, created_at, updated_at";

    /** Stores a new assessment at version 1 and returns its id. */
    long insert(Fields f) throws SQLException {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tenken_assessment (checklist_id, organisation, sector, "
                    + "assessor, assessed_on, answers, state, grade, score, version, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                int i = bind(ps, f);
                Timestamp now = Timestamp.from(Instant.now());
                ps.setTimestamp(i++, now);
                ps.setTimestamp(i, now);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    if (!rs.next()) {
                        throw new SQLException("the database returned no id for the new assessment");
                    }
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Saves over assessment {@code id} if it is still at {@code version}; returns the new version.
     *
     * @throws Conflict when someone saved it in between (another tab, another person)
     */
    int update(long id, int version, Fields f) throws SQLException, Conflict {
        Optional<Integer> result = with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tenken_assessment SET checklist_id = ?, organisation = ?, "
                    + "sector = ?, assessor = ?, assessed_on = ?, answers = ?, state = ?, grade = ?, score = ?, "
                    + "version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
                int i = bind(ps, f);
                ps.setTimestamp(i++, Timestamp.from(Instant.now()));
                ps.setLong(i++, id);
                ps.setInt(i, version);
                return ps.executeUpdate() == 1 ? Optional.of(version + 1) : Optional.<Integer>empty();
            }
        });
        if (result.isPresent()) {
            return result.get();
        }
        throw new Conflict(find(id).map(Row::version).orElse(-1));
    }

    private static int bind(PreparedStatement ps, Fields f) throws SQLException {
        int i = 1;
        ps.setString(i++, f.checklistId());
        ps.setString(i++, f.organisation());
        ps.setString(i++, f.sector());
        ps.setString(i++, f.assessor());
        ps.setObject(i++, f.assessedOn().orElse(null), java.sql.Types.DATE);
        ps.setString(i++, f.answers());
        ps.setString(i++, f.state().name());
        ps.setString(i++, f.grade().orElse(null));
        if (f.score().isPresent()) {
            ps.setInt(i++, f.score().get());
        } else {
            ps.setNull(i++, java.sql.Types.INTEGER);
        }
        return i;
    }

    /** The assessment with this id. */
    Optional<Row> find(long id) throws SQLException {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM tenken_assessment WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Row>empty();
                }
            }
        });
    }

    /** Every assessment, by organisation, then date, then id; at most {@code limit}. */
    List<Row> list(Optional<String> organisation, int limit) throws SQLException {
        return with(c -> {
            String where = organisation.isPresent() ? " WHERE organisation = ?" : "";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM tenken_assessment" + where
                    + " ORDER BY organisation, assessed_on, id")) {
                ps.setMaxRows(limit);
                if (organisation.isPresent()) {
                    ps.setString(1, organisation.get());
                }
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        java.sql.Date d = rs.getDate("assessed_on");
        int score = rs.getInt("score");
        Optional<Integer> sc = rs.wasNull() ? Optional.empty() : Optional.of(score);
        return new Row(rs.getLong("id"), rs.getString("checklist_id"), rs.getString("organisation"), rs.getString("sector"),
                rs.getString("assessor"), Optional.ofNullable(d).map(java.sql.Date::toLocalDate), rs.getString("answers"),
                State.valueOf(rs.getString("state")), Optional.ofNullable(rs.getString("grade")), sc, rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    @Override
    public synchronized void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing: nothing more to do with it
            }
        }
        all.clear();
        pool.clear();
    }
}

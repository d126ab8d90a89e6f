package com.channelstudio.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The migrated schema is the seed document's schema, plus only the additions later migrations declare. */
@StudioTest
class SchemaMatchesSeedTest {

    private static final List<String> CATALOG = List.of(
            // columns: type, length, precision, default, nullability
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' len=' "
                    + "|| COALESCE(CAST(character_maximum_length AS TEXT), '-') || ' num=' "
                    + "|| COALESCE(CAST(numeric_precision AS TEXT), '-') || ',' || COALESCE(CAST(numeric_scale AS TEXT), '-') "
                    + "|| ' default=' || COALESCE(column_default, '-') || ' nullable=' || is_nullable "
                    + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'",
            // checks, uniques, primary and foreign keys (with their cascades)
            "SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                    + "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                    + "AND conrelid::regclass::text <> 'flyway_schema_history'",
            "SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'",
            "SELECT 'enum ' || t.typname || '=' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) "
                    + "FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname");

    /**
     * Tables the studio adds whole (V6: channel schedules; V7: the YouTube quota wait and count; Quartz's own
     * tables; V10: the evidence of the checks for near copies; V11: when each job entered each status; V12: browser
     * consents waiting for their callback; V14: the kinds of alerts, the alerts and their outbox; V17: a video's Shorts;
     * V18: what every billed provider call cost), with their keys and indexes.
     */
    private static final Set<String> ADDED_TABLES = Set.of("channel_schedules", "youtube_quota_waits", "youtube_quota_spent",
            "qrtz_", "duplicate_checks", "video_job_stages", "youtube_oauth_states", "alert_kinds", "alerts",
            "alert_deliveries", "job_shorts", "provider_costs", "budget_checks");

    /**
     * What V2 to V5, V7, V9, V10 and V12 add on purpose to the seed's tables; anything else that differs from the seed
     * is drift.
     */
    private static final Set<String> DECLARED_ADDITIONS = Set.of(
            "column audio_tracks.loudness_lufs numeric len=- num=5,2 default=- nullable=YES",
            "column audio_tracks.true_peak_dbtp numeric len=- num=5,2 default=- nullable=YES",
            "column video_jobs.claimed_by text len=- num=-,- default=- nullable=YES",
            "column video_jobs.lease_expires_at timestamptz len=- num=-,- default=- nullable=YES",
            "column video_jobs.failed_stage video_job_status len=- num=-,- default=- nullable=YES",
            "index CREATE INDEX idx_video_jobs_claimable ON public.video_jobs USING btree (status, created_at) "
                    + "WHERE (claimed_by IS NULL)",
            "column video_jobs.claim_token uuid len=- num=-,- default=- nullable=YES",
            "column video_jobs.claimed_at timestamptz len=- num=-,- default=- nullable=YES",
            "column render_tasks.rendered_by text len=- num=-,- default=- nullable=YES",
            "column studio_storage.marker text len=- num=-,- default=- nullable=NO",
            "column studio_storage.created_by text len=- num=-,- default=- nullable=NO",
            "column studio_storage.created_at timestamptz len=- num=-,- default=CURRENT_TIMESTAMP nullable=NO",
            "constraint studio_storage studio_storage_pkey PRIMARY KEY (marker)",
            "index CREATE UNIQUE INDEX studio_storage_pkey ON public.studio_storage USING btree (marker)",
            "column idempotency_keys.idempotency_key text len=- num=-,- default=- nullable=NO",
            "column idempotency_keys.request_sha256 text len=- num=-,- default=- nullable=NO",
            "column idempotency_keys.video_job_id uuid len=- num=-,- default=- nullable=NO",
            "column idempotency_keys.created_at timestamptz len=- num=-,- default=now() nullable=NO",
            "constraint idempotency_keys idempotency_keys_pkey PRIMARY KEY (idempotency_key)",
            "constraint idempotency_keys idempotency_keys_video_job_id_fkey FOREIGN KEY (video_job_id) "
                    + "REFERENCES video_jobs(id) ON DELETE CASCADE",
            "index CREATE UNIQUE INDEX idempotency_keys_pkey ON public.idempotency_keys USING btree (idempotency_key)",
            // V7: where each upload stands, the known strategies, one job per YouTube video, a channel's pause or wait
            "column video_jobs.upload_attempts int4 len=- num=32,0 default=0 nullable=NO",
            "column video_jobs.upload_bytes_sent int8 len=- num=64,0 default=- nullable=YES",
            "column video_jobs.upload_bytes_total int8 len=- num=64,0 default=- nullable=YES",
            "column video_jobs.upload_message text len=- num=-,- default=- nullable=YES",
            "column video_jobs.upload_not_before timestamptz len=- num=-,- default=- nullable=YES",
            "column video_jobs.upload_session_uri text len=- num=-,- default=- nullable=YES",
            "column video_jobs.upload_state varchar len=20 num=-,- default='waiting'::character varying"
                    + " nullable=NO",
            "constraint video_jobs video_jobs_scheduled_has_time CHECK ((((upload_strategy)::text IS DISTINCT"
                    + " FROM 'scheduled'::text) OR (scheduled_time IS NOT NULL)))",
            // V17 adds 'shorts': the video is up, its Shorts are not all up yet
            "constraint video_jobs video_jobs_upload_state_check CHECK (((upload_state)::text = ANY"
                    + " ((ARRAY['waiting'::character varying, 'uploading'::character varying, 'thumbnail'::character"
                    + " varying, 'shorts'::character varying, 'uploaded'::character varying, 'failed'::character varying])::text[])))",
            "constraint video_jobs video_jobs_upload_strategy_known CHECK (((upload_strategy IS NULL) OR"
                    + " ((upload_strategy)::text = ANY ((ARRAY['none'::character varying, 'private'::character varying,"
                    + " 'unlisted'::character varying, 'public'::character varying, 'scheduled'::character"
                    + " varying])::text[]))))",
            "index CREATE UNIQUE INDEX video_jobs_youtube_video_id_once ON public.video_jobs USING btree"
                    + " (youtube_video_id) WHERE (youtube_video_id IS NOT NULL)",
            "column channels.youtube_paused_reason text len=- num=-,- default=- nullable=YES",
            "column channels.youtube_waits_until timestamptz len=- num=-,- default=- nullable=YES",
            // V9: one analytics snapshot per video and day
            "constraint video_analytics video_analytics_one_per_video_and_day UNIQUE (video_job_id, snapshot_date)",
            "index CREATE UNIQUE INDEX video_analytics_one_per_video_and_day ON public.video_analytics USING btree"
                    + " (video_job_id, snapshot_date)",
            // V12: a channel's upload options; what follows an uploaded video, each done once; when it went up
            "column channels.self_declared_made_for_kids bool len=- num=-,- default=false nullable=NO",
            "column channels.contains_synthetic_media bool len=- num=-,- default=true nullable=NO",
            "column channels.youtube_playlist_id varchar len=100 num=-,- default=- nullable=YES",
            "column video_jobs.youtube_thumbnail_set bool len=- num=-,- default=false nullable=NO",
            "column video_jobs.youtube_playlist_item_id varchar len=100 num=-,- default=- nullable=YES",
            "column video_jobs.youtube_uploaded_at timestamptz len=- num=-,- default=- nullable=YES",
            // V10: an image's perceptual hash, for the check for near copies
            "column images.perceptual_hash varchar len=64 num=-,- default=- nullable=YES",
            "constraint images images_perceptual_hash_check CHECK (((perceptual_hash)::text ~ '^[0-9a-f]{64}$'::text))",
            // V13: a channel's own motion of its pictures (NULL: studio.render.motion)
            "column channels.render_motion text len=- num=-,- default=- nullable=YES",
            "constraint channels channels_render_motion_check CHECK ((render_motion = ANY (ARRAY['none'::text, 'zoom'::text,"
                    + " 'particles'::text, 'flicker'::text])))",
            // V15: when the job's first upload session opened (the search for an upload whose id was never stored)
            "column video_jobs.upload_session_opened_at timestamptz len=- num=-,- default=- nullable=YES",
            // V15_1: the quota day whose upload slot of its channel a claim reserved
            "column video_jobs.youtube_slot_day date len=- num=-,- default=- nullable=YES",
            // V15_2: what the upload changed of the job's request, and why (a publishing time that had passed)
            "column video_jobs.upload_note text len=- num=-,- default=- nullable=YES",
            // V17: Shorts per video and their note; a channel's languages; the reason a job got its moods (the Shorts'
            // daily cap and a schedule's selection are columns of tables added whole)
            "column channels.shorts_per_video int4 len=- num=32,0 default=- nullable=YES",
            "constraint channels channels_shorts_per_video_check CHECK (((shorts_per_video >= 0) AND (shorts_per_video <= 3)))",
            "column video_jobs.shorts_note text len=- num=-,- default=- nullable=YES",
            "column channels.languages _text len=- num=-,- default=- nullable=YES",
            "column video_jobs.planning_reason text len=- num=-,- default=- nullable=YES",
            // V18: a channel's monthly budget; the quota units a job's upload used; why and until when a job waits
            // for a budget
            "column channels.monthly_budget_usd numeric len=- num=12,2 default=- nullable=YES",
            "constraint channels channels_monthly_budget_usd_check CHECK ((monthly_budget_usd >= (0)::numeric))",
            "column video_jobs.youtube_quota_units int4 len=- num=32,0 default=0 nullable=NO",
            "column video_jobs.budget_wait text len=- num=-,- default=- nullable=YES",
            "column video_jobs.budget_waits_until timestamptz len=- num=-,- default=- nullable=YES",
            // V18_1: what a job's next calls were estimated to cost when the budgets let them through, and when
            "column video_jobs.budget_committed_usd numeric len=- num=12,6 default=- nullable=YES",
            "constraint video_jobs video_jobs_budget_committed_usd_check CHECK ((budget_committed_usd >= (0)::numeric))",
            "column video_jobs.budget_committed_at timestamptz len=- num=-,- default=- nullable=YES",
            // V19: a channel's own visualizer along the bottom of its pictures (NULL: studio.render.visualizer)
            "column channels.render_visualizer text len=- num=-,- default=- nullable=YES",
            "constraint channels channels_render_visualizer_check CHECK ((render_visualizer = ANY (ARRAY['none'::text, "
                    + "'bars'::text, 'wave'::text])))");

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ProducerTemplate camel;

    @Test
    void migratedSchemaEqualsTheSeedDocumentPlusDeclaredAdditions() throws Exception {
        String scratch = "seed_" + UUID.randomUUID().toString().replace("-", "");
        // The studio's own role may not make databases: the embedded server's superuser makes the scratch one.
        JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        superuser.execute("CREATE DATABASE " + scratch);
        try (Connection seed = postgres.getDatabase("postgres", scratch).getConnection()) {
            try (Statement ddl = seed.createStatement()) {
                for (String block : seedDdl()) {
                    ddl.execute(block);
                }
            }
            Set<String> seedCatalog = catalog(seed);
            Set<String> studioCatalog;
            try (Connection studio = dataSource.getConnection()) {
                studioCatalog = new HashSet<>(catalog(studio));
            }
            studioCatalog.removeIf(line -> ADDED_TABLES.stream().anyMatch(line::contains));
            assertThat(seedCatalog).hasSizeGreaterThan(60);
            Set<String> expected = new HashSet<>(seedCatalog);
            expected.addAll(DECLARED_ADDITIONS);
            assertThat(studioCatalog).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            superuser.execute("DROP DATABASE " + scratch);
        }
    }

    @Test
    void seedSampleQueryOneCountsTheJobsOfActiveChannels() throws IOException {
        List<String> queries = sampleQueries();
        UUID channel = jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES ('Sample', 'Jazz Café') RETURNING id", UUID.class);
        jdbc.update("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, target_duration_minutes, "
                + "output_directory) VALUES (?, 'completed', 'Jazz Café', 'smooth', 75, '/tmp/x')", channel);

        List<Map<String, Object>> channels = jdbc.queryForList(queries.get(0));
        assertThat(channels).anySatisfy(row -> {
            assertThat(row.get("id")).isEqualTo(channel);
            assertThat(((Number) row.get("total_jobs")).intValue()).isEqualTo(1);
            assertThat(((Number) row.get("completed_jobs")).intValue()).isEqualTo(1);
        });
    }

    @Test
    void seedSampleQueryThreeFindsTheOldestPlannedJob() throws IOException {
        String nextPlanned = sampleQueries().get(2);
        UUID channel = jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES ('Sample', 'Jazz Café') RETURNING id", UUID.class);
        // Uncommitted, so the running stages never see these rows; dated so that no other test's job is older.
        UUID oldest = new TransactionTemplate(transactions).execute(transaction -> {
            transaction.setRollbackOnly();
            UUID first = plannedOn(channel, "2001-01-02T00:00:00Z");
            plannedOn(channel, "2001-01-03T00:00:00Z");
            jdbc.update("UPDATE video_jobs SET status = 'completed' WHERE id = ?", plannedOn(channel, "2001-01-01T00:00:00Z"));
            assertThat(jdbc.queryForList(nextPlanned)).singleElement().satisfies(row -> assertThat(row.get("id")).isEqualTo(first));
            return first;
        });
        assertThat(jdbc.queryForList("SELECT id FROM video_jobs WHERE id = ?", oldest)).isEmpty();
    }

    private UUID plannedOn(UUID channel, String createdAt) {
        return jdbc.queryForObject("INSERT INTO video_jobs (channel_id, niche_label, mood_keywords, target_duration_minutes, "
                + "output_directory, created_at) VALUES (?, 'Jazz Café', 'smooth', 75, ?, CAST(? AS timestamptz)) RETURNING id",
                UUID.class, channel, "/tmp/sample-" + createdAt, createdAt);
    }

    @Test
    void seedSampleQueryTwoIsBrokenOnPostgresAndTheStudioQueryAnswersItInOrder() throws Exception {
        assertThat(sampleQueries().get(1)).contains("json_agg(DISTINCT");
        UUID channel = jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES ('Assets', 'Celtic') RETURNING id", UUID.class);
        UUID job = jdbc.queryForObject("INSERT INTO video_jobs (channel_id, niche_label, mood_keywords, target_duration_minutes, "
                + "output_directory, status) VALUES (?, 'Celtic', 'misty', 60, '/tmp/assets', 'rendering') RETURNING id", UUID.class, channel);
        for (int order : new int[] {3, 1, 2}) {
            jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, prompt_text) "
                    + "VALUES (?, 'dummy', ?, 180, ?, 'p')", job, order, "/tmp/a" + order);
            jdbc.update("INSERT INTO images (video_job_id, provider, order_index, local_file_path, prompt_text) "
                    + "VALUES (?, 'dummy', ?, ?, 'p')", job, order, "/tmp/i" + order);
        }
        String seedQuery = sampleQueries().get(1).replace("'<job_id>'", "'" + job + "'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.queryForList(seedQuery))
                .hasMessageContaining("ORDER BY");

        @SuppressWarnings("unchecked")
        Map<String, Object> row = camel.requestBodyAndHeader("sql:classpath:sql/job-with-assets.sql?outputType=SelectOne",
                null, "jobId", job, Map.class);
        ObjectMapper json = new ObjectMapper();
        JsonNode tracks = json.readTree((String) row.get("audio_tracks"));
        JsonNode images = json.readTree((String) row.get("images"));
        assertThat(tracks).hasSize(3);
        assertThat(images).hasSize(3);
        assertThat(tracks.findValuesAsText("order_index")).containsExactly("1", "2", "3");
        assertThat(images.findValuesAsText("local_file_path")).containsExactly("/tmp/i1", "/tmp/i2", "/tmp/i3");
    }

    @Test
    void updatedAtChangesWhenARowChanges() {
        UUID channel = jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES ('Touch', 'Synthwave') RETURNING id", UUID.class);
        Object before = jdbc.queryForObject("SELECT updated_at FROM channels WHERE id = ?", Object.class, channel);
        // The database's clock must have moved past the insert's time, or an unchanged updated_at proves nothing.
        await().until(() -> jdbc.queryForObject("SELECT clock_timestamp() > ?", Boolean.class, before));
        jdbc.update("UPDATE channels SET is_active = FALSE WHERE id = ?", channel);
        Object after = jdbc.queryForObject("SELECT updated_at FROM channels WHERE id = ?", Object.class, channel);
        assertThat(after).isNotEqualTo(before);
    }

    private static Set<String> catalog(Connection connection) throws SQLException {
        Set<String> facts = new HashSet<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : CATALOG) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        facts.add(rows.getString(1));
                    }
                }
            }
        }
        return facts;
    }

    private static String seedDocument() throws IOException {
        return new ClassPathResource("seed/000_f0d26f520a2ccd23.txt").getContentAsString(StandardCharsets.UTF_8);
    }

    /** The seed's table definitions: its first SQL blocks, before the sample queries. */
    /** The tables, and the columns and table its "Future Enhancements" add (V6 adds them as written there). */
    private static List<String> seedDdl() throws IOException {
        return sqlBlocks(seedDocument()).stream()
                .filter(block -> block.contains("CREATE TABLE") || block.startsWith("ALTER TABLE")).toList();
    }

    private static List<String> sampleQueries() throws IOException {
        String samples = seedDocument().split("## Sample Queries")[1].split("## Indexes Strategy")[0];
        return sqlBlocks(samples);
    }

    private static List<String> sqlBlocks(String markdown) {
        Matcher blocks = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        List<String> sql = new java.util.ArrayList<>();
        while (blocks.find()) {
            sql.add(blocks.group(1));
        }
        return sql;
    }
}

package com.channelstudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.images.painter.Painter;
import com.channelstudio.music.synth.Synthesizer;
import com.channelstudio.support.Assets;
import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without an LLM planner, the export writes a video's title and description in each of its channel's languages from
 * the studio's own phrase tables, keeping the track titles; a language without a table is left out.
 */
@StudioTest
class MetadataInTheViewersLanguagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Synthesizer synthesizer;

    @Autowired
    Painter painter;

    @Test
    void theUploadPackageCarriesTheTitleAndDescriptionInTheChannelsLanguagesItHasTablesFor() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        Path folder = TestOutput.newFolder();
        UUID job = jobs.parked(PromptsJson.valid(), folder);
        jdbc.update("UPDATE channels SET languages = ARRAY['es', 'pt-BR', 'ko'] FROM video_jobs j "
                + "WHERE j.channel_id = channels.id AND j.id = ?", job);
        new Assets(jdbc, synthesizer, painter).all(job, folder, 2);
        Path video = Files.write(folder.resolve("video.mp4"), new byte[1024]);
        jdbc.update("UPDATE video_jobs SET local_video_path = ?, status = 'ready_for_export' WHERE id = ?", video.toString(), job);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(2))).isEqualTo("completed");

        JsonNode metadata = new ObjectMapper().readTree(folder.resolve("export/metadata.json").toFile());
        assertThat(metadata.get("default_language").asText()).isEqualTo("en");
        String english = metadata.get("description").asText();
        assertThat(english).startsWith("Royal Court Ambience: 20 tracks of elegant, classical, serene music")
                .contains("\nTracklist\n");
        String tracklist = english.substring(english.indexOf("Tracklist\n") + "Tracklist\n".length(), english.lastIndexOf("\n\n"));
        JsonNode localizations = metadata.get("localizations");
        assertThat(localizations.fieldNames()).toIterable().as("ko has no table").containsExactly("es", "pt-BR");

        JsonNode spanish = localizations.get("es");
        String openingTrack = tracklist.lines().findFirst().orElseThrow().replaceFirst("^\\S+ 01\\. ", "");
        String minutes = metadata.get("title").asText().replaceAll(".*\\((\\d+) min\\)$", "$1");
        String spanishTitle = "Royal Court Ambience — Música Elegant, classical, serene (" + minutes + " min)";
        String named = openingTrack + " · " + spanishTitle;
        assertThat(spanish.get("title").asText()).as("named after its opening track where that fits in YouTube's 100 characters")
                .isEqualTo(named.length() <= 100 ? named : spanishTitle);
        assertThat(spanish.get("description").asText())
                .startsWith("Royal Court Ambience: 20 pistas de música elegant, classical, serene, para concentrarse")
                .contains("\n\nLista de pistas\n" + tracklist + "\n\nMúsica e imágenes: ");
        assertThat(localizations.get("pt-BR").get("description").asText()).contains("\n\nLista de faixas\n" + tracklist);

        BrowserSession browser = BrowserSession.login(port);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/console/jobs/" + job))
                .header("Cookie", browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).as("the job page shows them").contains("id=\"localization-es\"")
                .contains("Royal Court Ambience — Música Elegant, classical, serene (" + minutes + " min)").contains("Lista de faixas");
    }
}

package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.jobs.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A package YouTube would refuse fails before any call, naming the field and the rule. */
class UploadMetadataRulesTest {

    private static final UUID JOB = UUID.fromString("5b0c1f5e-1111-4222-8333-944455556666");
    private static final ExportPackage FINE = new ExportPackage("Lo-Fi Study Beats — Calm Music (60 min)",
            "0:00 01. Rain\n3:00 02. Dusk\n6:00 03. Tea\n", List.of("lo-fi", "calm"), "video.mp4", "thumbnail.jpg", null);

    @Test
    void theVideoAndThumbnailMustBeFilesOfTheExportFolder() {
        for (String escape : new String[] {"../../../etc/passwd", "/etc/passwd", "..", "sub/video.mp4", "..\\video.mp4"}) {
            assertThatThrownBy(() -> UploadMetadata.of(new ExportPackage(FINE.title(), FINE.description(), FINE.tags(), escape,
                    "thumbnail.jpg", null), "public", null)).as(escape).isInstanceOf(InvalidInputException.class)
                    .hasMessage("video_file: must name a file in the job's export folder, without a folder "
                            + "(export/metadata.json; was " + escape + ")");
            assertThatThrownBy(() -> UploadMetadata.of(new ExportPackage(FINE.title(), FINE.description(), FINE.tags(),
                    "video.mp4", escape, null), "public", null)).as(escape).hasMessageStartingWith("thumbnail_file: ");
        }
        assertThat(UploadMetadata.of(FINE, "public", null).videoFile()).isEqualTo("video.mp4");
    }

    @Test
    void aTitleOfAHundredCharactersPassesAndOneMoreFails() {
        assertThat(UploadMetadata.of(withTitle("é".repeat(100)), "public", null).title()).hasSize(100);
        assertThatThrownBy(() -> UploadMetadata.of(withTitle("a".repeat(101)), "public", null))
                .isInstanceOf(InvalidInputException.class).hasMessage("title: must be at most 100 characters (has 101)");
    }

    @Test
    void theDescriptionIsCountedInUtf8Bytes() {
        // 5000 bytes, less the job reference every upload's description ends with ("\n\nref: " and a UUID: 43)
        String twoBytesEach = "é".repeat(2478) + "a";
        assertThat(UploadMetadata.of(withDescription(twoBytesEach), "public", null).description()).isEqualTo(twoBytesEach);
        assertThatThrownBy(() -> UploadMetadata.of(withDescription(twoBytesEach + "é"), "public", null))
                .hasMessage("description: must be at most 4957 bytes in UTF-8, leaving room for the job reference the upload "
                        + "adds (has 4959)");
        assertThatThrownBy(() -> UploadMetadata.of(withDescription("a <b> tag"), "public", null))
                .hasMessage("description: must not contain < or >");
    }

    @Test
    void chaptersStartAtZeroAreThreeOrMoreAscendingAndTenSecondsLong() {
        assertThat(UploadMetadata.of(withDescription("Tracklist\n00:00 01. Rain\n03:00 02. Dusk\n1:02:10 03. Tea\n"), "public", null))
                .isNotNull();
        assertThat(UploadMetadata.of(withDescription("No tracklist here."), "public", null)).isNotNull();
        assertThatThrownBy(() -> UploadMetadata.of(withDescription("0:05 Rain\n3:00 Dusk\n6:00 Tea\n"), "public", null))
                .hasMessage("description: chapters: the first must be at 0:00 (is at 5 s)");
        assertThatThrownBy(() -> UploadMetadata.of(withDescription("0:00 Rain\n3:00 Dusk\n"), "public", null))
                .hasMessage("description: chapters: there must be at least 3 (has 2)");
        assertThatThrownBy(() -> UploadMetadata.of(withDescription("0:00 Rain\n3:00 Dusk\n3:05 Tea\n"), "public", null))
                .hasMessage("description: chapters: each must be at least 10 s long and come after the one before "
                        + "(chapter 2 at 180 s, the next at 185 s)");
    }

    @Test
    void tagsCountTheirQuotesAndCommasTowardsFiveHundred() {
        // 49 tags of 9 characters with a space (11 counted each) and 48 commas: 587
        List<String> spaced = Collections.nCopies(49, "calm rain");
        assertThatThrownBy(() -> UploadMetadata.of(withTags(spaced), "public", null))
                .hasMessage("tags: must be at most 500 characters together, a tag with a space counting its quotes (has 587)");
        assertThat(UploadMetadata.of(withTags(Collections.nCopies(41, "calm rain")), "public", null).tags()).hasSize(41);
    }

    @Test
    void everyUploadIsInEnglishWithItsLocalizationsCheckedByTheSameRules() {
        Map<String, ExportPackage.Localized> spanish = Map.of("es", new ExportPackage.Localized("Lluvia · Música tranquila (60 min)",
                "Lista de pistas\n0:00 01. Rain\n"));
        UploadMetadata translated = UploadMetadata.of(localized(spanish), "public", null);
        assertThat(translated.video(DEFAULTS, EarlierUploads.reference(JOB)).getSnippet().getDefaultLanguage()).isEqualTo("en");
        assertThat(translated.video(DEFAULTS, EarlierUploads.reference(JOB)).getLocalizations().get("es").getTitle())
                .isEqualTo("Lluvia · Música tranquila (60 min)");
        assertThat(UploadMetadata.of(FINE, "public", null).video(DEFAULTS, EarlierUploads.reference(JOB)).getLocalizations())
                .as("none without localizations").isNull();

        assertThatThrownBy(() -> UploadMetadata.of(localized(Map.of("es", new ExportPackage.Localized("Ñ".repeat(101), "x"))),
                "public", null)).hasMessage("localizations.es.title: must be at most 100 characters (has 101)");
        assertThatThrownBy(() -> UploadMetadata.of(localized(Map.of("de", new ExportPackage.Localized("Regen", "<b>laut</b>"))),
                "public", null)).hasMessage("localizations.de.description: must not contain < or >");
        assertThatThrownBy(() -> UploadMetadata.of(localized(Map.of("ja", new ExportPackage.Localized("雨", "あ".repeat(1700)))),
                "public", null)).hasMessage("localizations.ja.description: must be at most 5000 bytes in UTF-8 (has 5100)");
        assertThatThrownBy(() -> UploadMetadata.of(localized(Map.of("spanish", new ExportPackage.Localized("Lluvia", "x"))),
                "public", null)).hasMessageStartingWith("localizations.spanish: must be a BCP-47 language tag");
    }

    private static ExportPackage localized(Map<String, ExportPackage.Localized> localizations) {
        return new ExportPackage(FINE.title(), FINE.description(), FINE.tags(), FINE.videoFile(), FINE.thumbnailFile(), localizations);
    }

    @Test
    void scheduledIsPrivateWithPublishAtAndNeedsItsTime() {
        OffsetDateTime at = OffsetDateTime.parse("2027-01-15T18:00:00+01:00");
        UploadMetadata scheduled = UploadMetadata.of(FINE, "scheduled", at);
        assertThat(scheduled.video(DEFAULTS, EarlierUploads.reference(JOB)).getStatus().getPrivacyStatus()).isEqualTo("private");
        assertThat(scheduled.video(DEFAULTS, EarlierUploads.reference(JOB)).getStatus().getPublishAt().getValue()).isEqualTo(at.toInstant().toEpochMilli());
        assertThatThrownBy(() -> UploadMetadata.of(FINE, "scheduled", null))
                .hasMessage("scheduled_time: must be set when upload_strategy is scheduled");
    }

    @Test
    void everyVideoIsMusicAndDeclaresTheChannelsOptionsByDefaultNotForKidsAndSyntheticMedia() throws Exception {
        UploadMetadata unlisted = UploadMetadata.of(FINE, "unlisted", null);
        assertThat(unlisted.video(DEFAULTS, EarlierUploads.reference(JOB)).getSnippet().getCategoryId()).isEqualTo("10");
        assertThat(unlisted.video(DEFAULTS, EarlierUploads.reference(JOB)).getStatus().getPrivacyStatus()).isEqualTo("unlisted");
        assertThat(unlisted.video(DEFAULTS, EarlierUploads.reference(JOB)).getStatus().getSelfDeclaredMadeForKids()).isFalse();
        assertThat(unlisted.video(DEFAULTS, EarlierUploads.reference(JOB)).getStatus().getContainsSyntheticMedia()).isTrue();
        assertThat(unlisted.video(DEFAULTS, EarlierUploads.reference(JOB)).getStatus().getPublishAt()).isNull();
        assertThat(unlisted.video(DEFAULTS, EarlierUploads.reference(JOB)).getSnippet().getDescription()).as("ends with the job reference")
                .isEqualTo(FINE.description() + "\n\nref: " + JOB);
        UploadOptions forKidsFilmed = new UploadOptions(true, false, null);
        assertThat(unlisted.video(forKidsFilmed, EarlierUploads.reference(JOB)).getStatus().getSelfDeclaredMadeForKids()).isTrue();
        assertThat(unlisted.video(forKidsFilmed, EarlierUploads.reference(JOB)).getStatus().getContainsSyntheticMedia()).isFalse();
    }

    @Test
    void uploadOptionsLeftOutTakeTheirDefaultsAndAPlaylistIdIsChecked() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readValue("{}", UploadOptions.class)).isEqualTo(DEFAULTS);
        assertThat(json.readValue("{\"playlist_id\": \"PLabc_12-x\"}", UploadOptions.class)).isEqualTo(new UploadOptions(false, true, "PLabc_12-x"));
        assertThatThrownBy(() -> new UploadOptions(false, true, "PL abc"))
                .hasMessageStartingWith("playlist_id: must be a YouTube playlist id");
    }

    private static final UploadOptions DEFAULTS = new UploadOptions(false, true, null);

    private static ExportPackage withTitle(String title) {
        return new ExportPackage(title, FINE.description(), FINE.tags(), FINE.videoFile(), FINE.thumbnailFile(), null);
    }

    private static ExportPackage withDescription(String description) {
        return new ExportPackage(FINE.title(), description, FINE.tags(), FINE.videoFile(), FINE.thumbnailFile(), null);
    }

    private static ExportPackage withTags(List<String> tags) {
        return new ExportPackage(FINE.title(), FINE.description(), tags, FINE.videoFile(), FINE.thumbnailFile(), null);
    }
}

package com.channelstudio.planning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The studio's own translations of a video's fixed texts ({@link VideoTexts}), for uploads without an LLM planner:
 * Spanish, Portuguese, German, French, Italian and Japanese (a tag with a region, {@code pt-BR}, takes its language's
 * table). The niche, the mood keywords and the track titles stay as the channel wrote them.
 */
public final class FixedTexts {

    /** Per language: the title, the summary, the tracklist's heading and the licence line, with placeholders. */
    private static final Map<String, VideoTexts> TABLES = Map.of(
            "en", new VideoTexts("{niche} — {titleMoods} Music ({minutes} min)",
                    "{niche}: {tracks} tracks of {moods} music, made for focus, study and rest.", "Tracklist",
                    "Music and images: see metadata.json for the provider and licence of every track and image."),
            "es", new VideoTexts("{niche} — Música {titleMoods} ({minutes} min)",
                    "{niche}: {tracks} pistas de música {moods}, para concentrarse, estudiar y descansar.", "Lista de pistas",
                    "Música e imágenes: el proveedor y la licencia de cada pista e imagen están en metadata.json."),
            "pt", new VideoTexts("{niche} — Música {titleMoods} ({minutes} min)",
                    "{niche}: {tracks} faixas de música {moods}, para foco, estudo e descanso.", "Lista de faixas",
                    "Música e imagens: o fornecedor e a licença de cada faixa e imagem estão em metadata.json."),
            "de", new VideoTexts("{niche} — {titleMoods} Musik ({minutes} Min.)",
                    "{niche}: {tracks} Stücke {moods} Musik zum Konzentrieren, Lernen und Entspannen.", "Titelliste",
                    "Musik und Bilder: Anbieter und Lizenz jedes Stücks und Bildes stehen in metadata.json."),
            "fr", new VideoTexts("{niche} — Musique {titleMoods} ({minutes} min)",
                    "{niche} : {tracks} morceaux de musique {moods}, pour se concentrer, étudier et se reposer.",
                    "Liste des morceaux",
                    "Musique et images : le fournisseur et la licence de chaque morceau et image figurent dans metadata.json."),
            "it", new VideoTexts("{niche} — Musica {titleMoods} ({minutes} min)",
                    "{niche}: {tracks} brani di musica {moods}, per concentrarsi, studiare e riposare.", "Scaletta",
                    "Musica e immagini: fornitore e licenza di ogni brano e immagine sono in metadata.json."),
            "ja", new VideoTexts("{niche} — {titleMoods} の音楽（{minutes}分）",
                    "{niche}：集中・勉強・休息のための {moods} の音楽、全{tracks}曲。", "曲目リスト",
                    "音楽と画像：各曲・各画像の提供元とライセンスは metadata.json に記載しています。"));

    private FixedTexts() {}

    /** Whether the studio can translate into this language tag. */
    public static boolean knows(String language) {
        return TABLES.containsKey(primary(language));
    }

    /** The video's fixed texts in this language (English for {@code en}), or none without a table. */
    public static Optional<VideoTexts> of(String language, String niche, String moods, int tracks, long minutes) {
        VideoTexts table = TABLES.get(primary(language));
        if (table == null) {
            return Optional.empty();
        }
        // The title names at most three moods, the first capitalised, as the English title always has.
        String titleMoods = String.join(", ", Arrays.stream(moods.split(",")).map(String::strip)
                .filter(mood -> !mood.isEmpty()).limit(3).toList());
        titleMoods = titleMoods.isEmpty() ? titleMoods : Character.toUpperCase(titleMoods.charAt(0)) + titleMoods.substring(1);
        Map<String, String> values = Map.of("{niche}", niche.strip(), "{moods}", moods.strip(), "{titleMoods}", titleMoods,
                "{tracks}", String.valueOf(tracks), "{minutes}", String.valueOf(minutes));
        return Optional.of(new VideoTexts(fill(table.title(), values), fill(table.summary(), values), table.tracklist(),
                table.licence()));
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    private static String primary(String language) {
        return language.toLowerCase(Locale.ROOT).split("-")[0];
    }
}

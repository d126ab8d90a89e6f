package com.channelstudio.images.painter;

import java.awt.Color;
import java.util.Locale;

/** What a visual prompt asks to see, read from its words: time of day, palette, weather, setting and subjects. */
final class SceneWords {

    enum TimeOfDay { DAWN, MORNING, DAY, GOLDEN, SUNSET, DUSK, NIGHT }

    enum Setting { OUTDOOR, BALLROOM, LIBRARY, WINDOW, TAVERN }

    final String text;
    final TimeOfDay time;
    final Setting setting;
    final Color tint;
    final boolean misty;
    final boolean rain;
    final boolean snow;
    final boolean mountains;
    final boolean hills;
    final boolean forest;
    final boolean lake;
    final boolean ocean;
    final boolean castle;
    final boolean houses;
    final boolean lighthouse;
    final boolean city;
    final boolean neon;
    final boolean temple;
    final boolean space;
    final boolean planet;
    final boolean aurora;
    final boolean blossom;
    final boolean lanterns;
    final boolean chandeliers;
    final boolean fireplace;
    final boolean desert;
    final boolean grid;
    final boolean garden;

    SceneWords(String prompt) {
        text = prompt.toLowerCase(Locale.ROOT);
        time = has("dawn", "sunrise") ? TimeOfDay.DAWN
                : has("golden hour") ? TimeOfDay.GOLDEN
                : has("sunset", "sun ") ? TimeOfDay.SUNSET
                : has("dusk", "twilight", "evening") ? TimeOfDay.DUSK
                : has("night", "midnight", "moon", "star", "nebula", "galaxy", "milky way", "neon", "space") ? TimeOfDay.NIGHT
                : has("midday", "noon", "daylight") ? TimeOfDay.DAY
                : has("morning") ? TimeOfDay.MORNING : TimeOfDay.GOLDEN;
        setting = has("ballroom", "great hall", "throne room", "marble hall", "orangery", "music room", "hall with") ? Setting.BALLROOM
                : has("library", "bookshop", "shelves", "reading room") ? Setting.LIBRARY
                : has("tavern", "inn ", "inn with", "fireplace", "café", "cafe", "bar counter", "bistro", "jazz club", "tea house",
                        "coffee", "cottage interior") && !has("terrace", "outside") ? Setting.TAVERN
                : has("window", "desk", "bedroom", "study", "laptop", "station window") ? Setting.WINDOW : Setting.OUTDOOR;
        tint = tintOf();
        misty = has("mist", "fog", "haze", "cloud");
        rain = has("rain", "storm", "wet");
        snow = has("snow", "winter", "frost", "frozen", "icy", "christmas");
        mountains = has("mountain", "peak", "fuji", "alps", "highland", "pass", "glen", "fortress", "ridge");
        hills = has("hill", "meadow", "moor", "valley", "countryside", "field", "garden");
        forest = has("forest", "pine", "woods", "trees", "oak", "bamboo", "fern", "woodland", "palm");
        lake = has("lake", "loch", "pond", "river", "reflect");
        ocean = has("ocean", "sea", "shore", "coast", "beach", "waves", "harbour", "harbor", "cliff");
        castle = has("castle", "fortress", "abbey", "ruin", "stone circle") || has("palace") && !has("garden", "terrace");
        houses = has("cabin", "cottage", "village", "house", "chalet", "town", "market", "hobbit");
        lighthouse = has("lighthouse");
        city = has("city", "skyline", "street", "rooftop", "tram", "skyscraper", "arcade")
                && !has("timber", "village", "medieval", "cottage", "market");
        neon = has("neon", "cyber", "synth", "retro", "arcade", "magenta");
        temple = has("temple", "pagoda", "torii", "shrine", "zen", "observatory");
        space = has("space", "nebula", "galaxy", "milky way", "star", "planet", "cosmic", "comet", "astronaut", "moon");
        planet = has("planet", "two moons", "the earth", "ringed");
        aurora = has("aurora");
        blossom = has("blossom", "sakura", "wildflower", "petal");
        lanterns = has("lantern", "fairy lights", "string lights", "candle", "torch", "lamp");
        chandeliers = has("chandelier", "ballroom", "candle");
        fireplace = has("fireplace", "fire", "hearth");
        desert = has("desert", "dune", "sand");
        garden = has("garden", "hedge", "fountain", "terrace", "manor", "carriage");
        grid = has("grid", "wireframe", "outrun", "highway", "retro sunset");
    }

    boolean has(String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    boolean dark() {
        return time == TimeOfDay.NIGHT || time == TimeOfDay.DUSK;
    }

    private Color tintOf() {
        String[][] words = {
                {"gold", "255,196,90"}, {"amber", "255,170,70"}, {"warm", "255,180,110"}, {"candle", "255,175,90"},
                {"fire", "255,130,50"}, {"orange", "255,140,60"}, {"sepia", "200,150,100"}, {"brown", "150,100,60"},
                {"pink", "255,140,190"}, {"rose", "240,130,150"}, {"magenta", "230,60,200"}, {"purple", "150,80,210"},
                {"violet", "140,90,220"}, {"lavender", "180,150,230"}, {"indigo", "70,60,170"}, {"blue", "80,130,230"},
                {"teal", "60,180,180"}, {"cyan", "70,210,230"}, {"green", "90,170,100"}, {"emerald", "40,160,100"},
                {"silver", "200,210,225"}, {"grey", "160,165,175"}, {"ivory", "240,230,200"}, {"cream", "240,225,195"},
                {"red", "220,70,60"}, {"pastel", "230,200,220"}, {"icy", "190,220,245"}, {"white", "235,240,245"}};
        int r = 0, g = 0, b = 0, n = 0;
        for (String[] word : words) {
            if (text.contains(word[0])) {
                String[] c = word[1].split(",");
                r += Integer.parseInt(c[0]);
                g += Integer.parseInt(c[1]);
                b += Integer.parseInt(c[2]);
                n++;
            }
        }
        return n == 0 ? null : new Color(r / n, g / n, b / n);
    }
}

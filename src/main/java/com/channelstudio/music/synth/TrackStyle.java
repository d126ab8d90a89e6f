package com.channelstudio.music.synth;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a prompt asks for, read once: tempo, metre, key and mode, energy, and which instruments play. */
final class TrackStyle {

    static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
    static final int[] MINOR = {0, 2, 3, 5, 7, 8, 10};
    static final int[] DORIAN = {0, 2, 3, 5, 7, 9, 10};
    static final int[] LYDIAN = {0, 2, 4, 6, 7, 9, 11};
    static final int[] MIXOLYDIAN = {0, 2, 4, 5, 7, 9, 10};

    private static final Pattern TEMPO = Pattern.compile("(\\d{2,3})\\s*BPM", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY = Pattern.compile(
            "\\bin ([A-G])(?:[ -]?(flat|sharp|b|#))?\\s+(major|minor|dorian|lydian|mixolydian)\\b", Pattern.CASE_INSENSITIVE);
    private static final String[] NOTE_NAMES = {"C", "D", "E", "F", "G", "A", "B"};
    private static final int[] NOTE_PITCHES = {0, 2, 4, 5, 7, 9, 11};

    enum Percussion { NONE, LIGHT, HAND, KIT }

    final double bpm;
    final int beatsPerBar;
    final int tonic;
    final int[] scale;
    final boolean minorMode;
    final double energy;
    final boolean sevenths;
    final boolean swing;
    final boolean piano;
    final boolean electricPiano;
    final boolean strings;
    final boolean pads;
    final boolean pluck;
    final boolean bells;
    final boolean flute;
    final boolean bass;
    final Percussion percussion;
    final boolean rain;
    final boolean vinyl;

    private TrackStyle(String prompt, SplittableRandom random) {
        String text = prompt.toLowerCase(Locale.ROOT);
        double energyFromWords = 0.5 + 0.15 * (count(text, "lively", "bright", "uplifting", "spirited", "energetic", "epic",
                "driving", "jig", "reel", "dance", "happy", "joyful", "buoyant", "radiant", "vivid", "cheerful", "adventurous")
                - count(text, "sleep", "lullaby", "gentle", "soft", "quiet", "calm", "slow", "hushed", "tender", "dreamy",
                "meditation", "ambient", "drift", "serene", "soothing"));
        Matcher tempo = TEMPO.matcher(prompt);
        this.bpm = tempo.find() ? Math.max(40, Math.min(200, Integer.parseInt(tempo.group(1))))
                : Math.round(62 + 60 * clamp(energyFromWords) + random.nextInt(8));
        this.energy = clamp(0.5 * energyFromWords + 0.5 * (bpm - 55) / 75.0);
        this.beatsPerBar = has(text, "waltz", "minuet", "3/4", "sarabande") ? 3 : 4;

        Matcher key = KEY.matcher(prompt);
        String modeWord;
        int root;
        if (key.find()) {
            root = pitchOf(key.group(1), key.group(2));
            modeWord = key.group(3).toLowerCase(Locale.ROOT);
        } else {
            root = random.nextInt(12);
            modeWord = has(text, "melanchol", "sad", "dark", "mysterious", "moody", "wistful", "lonely", "haunting",
                    "somber", "sombre", "lament", "bittersweet") ? (has(text, "celtic", "mystical", "folk") ? "dorian" : "minor")
                    : has(text, "space", "cosmic", "dreamy", "nebula", "astral") ? "lydian"
                    : has(text, "celtic", "jig", "reel", "tavern") && random.nextBoolean() ? "mixolydian" : "major";
        }
        this.scale = switch (modeWord) {
            case "minor" -> has(text, "celtic", "jazz", "lo-fi", "lofi") ? DORIAN : MINOR;
            case "dorian" -> DORIAN;
            case "lydian" -> LYDIAN;
            case "mixolydian" -> MIXOLYDIAN;
            default -> MAJOR;
        };
        this.minorMode = scale[2] == 3;
        // The tonic sits in octave 3 (MIDI 48-59) so pads, bass and lead all have room around it.
        this.tonic = 48 + root;
        this.sevenths = has(text, "jazz", "lo-fi", "lofi", "chillhop", "bossa", "lounge", "hip-hop", "beat", "smooth", "café", "cafe");
        this.swing = has(text, "swing", "lo-fi", "lofi", "chillhop", "hip-hop", "jig");

        this.electricPiano = has(text, "electric piano", "rhodes", "keys");
        this.piano = text.replace("electric piano", "").contains("piano");
        this.strings = has(text, "string", "violin", "cello", "fiddle", "quartet", "orchestra");
        this.pads = has(text, "pad", "synth", "drone", "ambient", "soundscape");
        this.pluck = has(text, "lute", "guitar", "harp", "koto", "plucked", "pizzicato", "harpsichord", "arpeggiated");
        this.bells = has(text, "bell", "celesta", "vibraphone", "chime", "music box", "glockenspiel");
        this.flute = has(text, "flute", "recorder", "whistle", "shakuhachi", "woodwind", "synth lead");
        this.percussion = has(text, "drums", "drum kit", "beat") && !has(text, "hand drum", "bass drum") ? Percussion.KIT
                : has(text, "hand drum", "bodhran", "tabla", "bongo", "bass drum") ? Percussion.HAND
                : has(text, "percussion", "tambourine", "timpani", "shaker", "brushed") ? Percussion.LIGHT : Percussion.NONE;
        this.bass = has(text, "bass") || percussion == Percussion.KIT;
        this.rain = has(text, "rain", "storm");
        this.vinyl = has(text, "vinyl", "crackle", "lo-fi", "lofi");
    }

    static TrackStyle of(String prompt, SplittableRandom random) {
        return new TrackStyle(prompt, random);
    }

    /** With nothing named, a piano over pads: the safest background sound. */
    boolean hasMelodicInstrument() {
        return piano || electricPiano || strings || pads || pluck || bells || flute;
    }

    double beatFrames() {
        return 60.0 * Synthesizer.SAMPLE_RATE / bpm;
    }

    private static int pitchOf(String letter, String accidental) {
        int pitch = 0;
        for (int i = 0; i < NOTE_NAMES.length; i++) {
            if (NOTE_NAMES[i].equalsIgnoreCase(letter)) {
                pitch = NOTE_PITCHES[i];
            }
        }
        if (accidental != null) {
            String a = accidental.toLowerCase(Locale.ROOT);
            pitch += a.equals("flat") || a.equals("b") ? -1 : 1;
        }
        return Math.floorMod(pitch, 12);
    }

    private static boolean has(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String... words) {
        int n = 0;
        for (String word : words) {
            if (text.contains(word)) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
